package coop.agora.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import coop.agora.AgoraIntegrationTest;
import coop.agora.accounts.Members;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Daily and weekly digests: grouped by kind, in the member's language, never twice. */
@AgoraIntegrationTest
class DigestTests {

    private static final String DAILY = "sanne.willems@agora.example";
    private static final String WEEKLY = "francois.renard@agora.example";
    private static final String ACTOR = "wout.claes@agora.example";

    @Autowired
    JdbcClient db;

    @Autowired
    Preferences preferences;

    @Autowired
    Digests digests;

    NotificationTesting testing;

    @BeforeEach
    void startAfresh(@Autowired Members members, @Autowired Notifications notifications, @Autowired FanOut fanOut) {
        testing = new NotificationTesting(db, members, notifications, fanOut);
        testing.startAfresh(DAILY, WEEKLY);
    }

    @Test
    void aDailyDigestGroupsTheDaysNotificationsByKindInTheMembersLanguage() {
        preferences.choose(testing.id(DAILY), NotificationKind.FORUM_REPLY, Delivery.DAILY_DIGEST);
        preferences.choose(testing.id(DAILY), NotificationKind.FORUM_MENTION, Delivery.DAILY_DIGEST);
        testing.notify(DAILY, NotificationKind.FORUM_REPLY, ACTOR);
        testing.notify(DAILY, NotificationKind.FORUM_REPLY, ACTOR);
        testing.notify(DAILY, NotificationKind.FORUM_MENTION, ACTOR);
        assertThat(testing.mailSubjects(DAILY)).isEmpty();

        digests.send(Delivery.DAILY_DIGEST);

        var mail = db.sql("select subject, body, headers from platform.outgoing_mail where recipient = ?").param(DAILY).query().singleRow();
        assertThat(mail.get("subject")).isEqualTo("Je dag op Agora: 3 nieuw");
        assertThat((String) mail.get("body"))
                .contains("== Een antwoord in een onderwerp dat ik volg (2) ==")
                .contains("== Iemand vermeldt me op het forum (1) ==")
                .contains("Wout Claes heeft je vermeld op het forum")
                .contains("/notifications/unsubscribe?member=" + testing.id(DAILY) + "&kind=FORUM_REPLY&signature=");
        assertThat((String) mail.get("headers")).contains("kind=DAILY_DIGEST&signature=").contains("List-Unsubscribe=One-Click");
    }

    @Test
    void aNotificationIsInOneDigestOnly() {
        preferences.choose(testing.id(DAILY), NotificationKind.FORUM_TOPIC, Delivery.DAILY_DIGEST);
        testing.notify(DAILY, NotificationKind.FORUM_TOPIC, ACTOR);

        digests.send(Delivery.DAILY_DIGEST);
        digests.send(Delivery.DAILY_DIGEST);

        assertThat(testing.mailSubjects(DAILY)).hasSize(1);
    }

    @Test
    void theWeeklyDigestWaitsForItsDayAndTheDailyOneLeavesItAlone() {
        preferences.choose(testing.id(WEEKLY), NotificationKind.FORUM_TOPIC, Delivery.WEEKLY_DIGEST);
        testing.notify(WEEKLY, NotificationKind.FORUM_TOPIC, ACTOR);

        digests.send(Delivery.DAILY_DIGEST);
        assertThat(testing.mailSubjects(WEEKLY)).isEmpty();

        digests.send(Delivery.WEEKLY_DIGEST);
        assertThat(testing.mailSubjects(WEEKLY)).containsExactly("Votre semaine sur Agora : nouveautés (1)");
    }

    @Test
    void whatWasReadBeforeTheDigestIsLeftOut() {
        preferences.choose(testing.id(DAILY), NotificationKind.FORUM_TOPIC, Delivery.DAILY_DIGEST);
        var read = testing.notify(DAILY, NotificationKind.FORUM_TOPIC, ACTOR);
        db.sql("update notifications.notification set read_at = now() where id = ?").param(read).update();

        digests.send(Delivery.DAILY_DIGEST);

        assertThat(testing.mailSubjects(DAILY)).isEmpty();
    }

    @Test
    void leavingTheDigestTakesWhatWaitedForItOutToo() {
        preferences.choose(testing.id(DAILY), NotificationKind.FORUM_TOPIC, Delivery.DAILY_DIGEST);
        testing.notify(DAILY, NotificationKind.FORUM_TOPIC, ACTOR);
        preferences.choose(testing.id(DAILY), NotificationKind.FORUM_TOPIC, Delivery.IN_APP);

        digests.send(Delivery.DAILY_DIGEST);

        assertThat(testing.mailSubjects(DAILY)).isEmpty();
    }

    @Test
    void retentionDeletesOnlyNotificationsOlderThanThePeriod(@Autowired Retention retention) {
        var old = testing.notify(WEEKLY, NotificationKind.FORUM_REPLY, ACTOR);
        var recent = testing.notify(WEEKLY, NotificationKind.FORUM_REPLY, ACTOR);
        db.sql("update notifications.notification set created_at = now() - interval '181 days' where id = ?").param(old).update();

        retention.prune();

        assertThat(db.sql("select id from notifications.notification where id in (?, ?)").params(old, recent).query(Long.class).list())
                .containsExactly(recent);
    }
}
