package coop.agora.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import coop.agora.AgoraIntegrationTest;
import coop.agora.Visitor;
import coop.agora.accounts.Members;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** Each member chooses, per kind, how they hear of it; mail at once follows that choice and only reaches working addresses. */
@AgoraIntegrationTest
class PreferencesTests {

    private static final String MEMBER = "lotte.peeters@agora.example";
    private static final String OTHER = "thomas.leroy@agora.example";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient db;

    @Autowired
    Preferences preferences;

    NotificationTesting testing;

    @BeforeEach
    void startAfresh(@Autowired Members members, @Autowired Notifications notifications, @Autowired FanOut fanOut) {
        testing = new NotificationTesting(db, members, notifications, fanOut);
        testing.startAfresh(MEMBER, OTHER);
    }

    private Visitor signedIn(String email) {
        var visitor = new Visitor(mvc);
        visitor.signIn(email, "agora-demo-2026");
        return visitor;
    }

    @Test
    void answersToMyRequestsAreMailedAtOnceAndTheRestStaysInAppUntilIChoose() {
        var chosen = preferences.of(testing.id(MEMBER));

        assertThat(chosen.get(NotificationKind.HELPDESK_ANSWER)).isEqualTo(Delivery.EMAIL_NOW);
        assertThat(chosen).allSatisfy((kind, delivery) -> assertThat(delivery.digest()).isFalse());
        assertThat(chosen.get(NotificationKind.FORUM_REPLY)).isEqualTo(Delivery.IN_APP);
    }

    @Test
    void mailAtOnceArrivesInTheMembersLanguageWithAOneClickUnsubscribe() {
        testing.notify(MEMBER, NotificationKind.HELPDESK_ANSWER, OTHER);

        var mail = db.sql("select subject, body, headers from platform.outgoing_mail where recipient = ?").param(MEMBER).query().singleRow();
        assertThat(mail.get("subject")).isEqualTo("Thomas Leroy heeft je vraag beantwoord");
        assertThat((String) mail.get("headers"))
                .contains("List-Unsubscribe: <http://localhost:8080/notifications/unsubscribe?member=" + testing.id(MEMBER) + "&kind=HELPDESK_ANSWER&signature=")
                .contains("List-Unsubscribe-Post: List-Unsubscribe=One-Click");
    }

    @Test
    void inAppOnlySendsNoMail() {
        testing.notify(MEMBER, NotificationKind.FORUM_MENTION, OTHER);

        assertThat(testing.mailSubjects(MEMBER)).isEmpty();
    }

    @Test
    void aChosenKindIsMailedAtOnceAndAnotherIsNot() {
        signedIn(MEMBER).post("/notifications/preferences", "FORUM_MENTION", "EMAIL_NOW", "FORUM_REPLY", "IN_APP", "FORUM_TOPIC", "IN_APP",
                "HELPDESK_ANSWER", "IN_APP", "HELPDESK_STATUS", "IN_APP", "RECOMMENDATION_CHANGED", "IN_APP",
                "OPPORTUNITY_MATCH", "IN_APP", "GROUP_EVENT", "IN_APP");

        testing.notify(MEMBER, NotificationKind.FORUM_MENTION, OTHER);
        testing.notify(MEMBER, NotificationKind.HELPDESK_ANSWER, OTHER);

        assertThat(testing.mailSubjects(MEMBER)).containsExactly("Thomas Leroy heeft je vermeld op het forum");
    }

    @Test
    void aRefusedChoiceIsExplainedAndChangesNothing() {
        var response = signedIn(MEMBER).post("/notifications/preferences", "FORUM_MENTION", "SMOKE_SIGNALS", "FORUM_REPLY", "DAILY_DIGEST",
                "FORUM_TOPIC", "IN_APP", "HELPDESK_ANSWER", "EMAIL_NOW", "HELPDESK_STATUS", "IN_APP", "RECOMMENDATION_CHANGED", "IN_APP",
                "OPPORTUNITY_MATCH", "IN_APP", "GROUP_EVENT", "IN_APP");

        assertThat(response).hasStatus(422);
        assertThat(response).bodyText().contains("Kies een van de mogelijkheden.");
        assertThat(preferences.of(testing.id(MEMBER)).get(NotificationKind.FORUM_REPLY)).isEqualTo(Delivery.IN_APP);
    }

    @Test
    void anAddressTheOutboxGaveUpOnGetsNoMailAndIsToldSo() {
        db.sql("insert into platform.outgoing_mail (recipient, subject, body, status, attempts) values (?, 'Earlier', '', 'FAILED', 8)").param(MEMBER).update();

        var notification = testing.notify(MEMBER, NotificationKind.HELPDESK_ANSWER, OTHER);

        assertThat(testing.mailSubjects(MEMBER)).containsExactly("Earlier");
        assertThat(db.sql("select mailed_at is not null from notifications.notification where id = ?").param(notification).query(Boolean.class).single())
                .isTrue();
        assertThat(signedIn(MEMBER).get("/notifications/preferences")).bodyText().contains("konden niet worden bezorgd");
    }

    @Test
    void anAddressThatWorksAgainGetsMailAgain() {
        db.sql("insert into platform.outgoing_mail (recipient, subject, body, status, attempts) values (?, 'Earlier', '', 'FAILED', 8)").param(MEMBER).update();
        db.sql("insert into platform.outgoing_mail (recipient, subject, body, status) values (?, 'Later', '', 'SENT')").param(MEMBER).update();

        testing.notify(MEMBER, NotificationKind.HELPDESK_ANSWER, OTHER);

        assertThat(testing.mailSubjects(MEMBER)).hasSize(3);
    }

    @Test
    void aMemberWithoutAConfirmedAddressGetsNoMail() {
        var address = "pending." + System.nanoTime() + "@example.org";
        new Visitor(mvc).post("/register", "displayName", "Noor Jacobs", "email", address, "password", "een lange zin als wachtwoord 2026",
                "language", "nl", "homeOffice", "7");
        db.sql("delete from platform.outgoing_mail where recipient = ?").param(address).update();

        testing.notify(address, NotificationKind.HELPDESK_ANSWER, OTHER);

        assertThat(testing.mailSubjects(address)).isEmpty();
    }
}
