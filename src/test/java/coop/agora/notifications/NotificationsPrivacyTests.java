package coop.agora.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import coop.agora.AgoraIntegrationTest;
import coop.agora.accounts.Members;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A member's notifications in "download my data", and what erasing an account does to them. */
@AgoraIntegrationTest
class NotificationsPrivacyTests {

    @Autowired
    JdbcClient db;

    @Autowired
    NotificationsPersonalData personalData;

    @Autowired
    NotificationTexts texts;

    @Test
    void theExportHoldsTheMembersNotificationsAndChoices(@Autowired Members members, @Autowired Notifications notifications,
            @Autowired FanOut fanOut, @Autowired Preferences preferences) {
        var testing = new NotificationTesting(db, members, notifications, fanOut);
        var member = testing.id("yannick.le.gall@agora.example");
        preferences.choose(member, NotificationKind.FORUM_TOPIC, Delivery.WEEKLY_DIGEST);
        testing.notify("yannick.le.gall@agora.example", NotificationKind.FORUM_MENTION, "bram.maes@agora.example");

        @SuppressWarnings("unchecked")
        var export = (Map<String, List<Map<String, Object>>>) personalData.export(member);

        assertThat(export.get("notifications")).anySatisfy(row -> assertThat(row.get("kind")).isEqualTo("FORUM_MENTION"));
        assertThat(export.get("preferences")).containsExactly(Map.of("kind", "FORUM_TOPIC", "delivery", "WEEKLY_DIGEST"));
    }

    @Test
    void erasureDeletesTheMembersNotificationsAndShowsThemAsAFormerMemberToOthers() {
        var erased = 900_001L;
        var reader = 900_002L;
        db.sql("insert into notifications.notification (member_id, kind, actor_id, link, delivery) values (?, 'FORUM_REPLY', ?, '/forum', 'IN_APP')")
                .params(erased, reader).update();
        var toReader = db.sql("""
                        insert into notifications.notification (member_id, kind, actor_id, link, delivery)
                        values (?, 'FORUM_MENTION', ?, '/forum', 'IN_APP') returning id""")
                .params(reader, erased).query(Long.class).single();

        personalData.erase(erased);

        assertThat(db.sql("select count(*) from notifications.notification where member_id = ?").param(erased).query(Long.class).single()).isZero();
        var rows = db.sql("select " + NotificationRow.COLUMNS + " from notifications.notification where id = ?").param(toReader)
                .query(NotificationRow.class).list();
        assertThat(texts.views(rows, Locale.ENGLISH)).singleElement()
                .satisfies(view -> assertThat(view.title()).isEqualTo("Former member mentioned you in the forum"));
    }
}
