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

/** The links in mail that stop it, without signing in; forged or altered links change nothing. */
@AgoraIntegrationTest
class UnsubscribeTests {

    private static final String MEMBER = "elodie.moreau@agora.example";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient db;

    @Autowired
    Preferences preferences;

    @Autowired
    UnsubscribeLinks links;

    NotificationTesting testing;

    @BeforeEach
    void startAfresh(@Autowired Members members, @Autowired Notifications notifications, @Autowired FanOut fanOut) {
        testing = new NotificationTesting(db, members, notifications, fanOut);
        testing.startAfresh(MEMBER);
    }

    private String path(String link) {
        return link.substring(link.indexOf("/notifications/"));
    }

    @Test
    void oneClickFromAMailProgramStopsThatKindWithoutSigningIn() {
        var link = path(links.link(testing.id(MEMBER), NotificationKind.HELPDESK_ANSWER));

        var response = new Visitor(mvc).postWithoutFormToken(link, "List-Unsubscribe", "One-Click");

        assertThat(response).hasStatusOk();
        assertThat(preferences.of(testing.id(MEMBER)).get(NotificationKind.HELPDESK_ANSWER)).isEqualTo(Delivery.IN_APP);
    }

    @Test
    void openingTheLinkAsksBeforeChangingAnything() {
        var link = path(links.link(testing.id(MEMBER), NotificationKind.HELPDESK_ANSWER));

        var page = new Visitor(mvc).get(link);

        assertThat(page).hasStatusOk();
        assertThat(page).bodyText().contains("Ne plus recevoir d'e-mails pour : Une réponse à ma demande ?");
        assertThat(preferences.of(testing.id(MEMBER)).get(NotificationKind.HELPDESK_ANSWER)).isEqualTo(Delivery.EMAIL_NOW);
    }

    @Test
    void aLinkForOneKindCannotBeTurnedToAnotherKindOrMember() {
        var link = path(links.link(testing.id(MEMBER), NotificationKind.FORUM_REPLY));
        var otherKind = link.replace("kind=FORUM_REPLY", "kind=HELPDESK_ANSWER");
        var otherMember = link.replace("member=" + testing.id(MEMBER), "member=" + testing.id("admin@agora.example"));

        assertThat(new Visitor(mvc).postWithoutFormToken(otherKind, "List-Unsubscribe", "One-Click")).hasStatus(403);
        assertThat(new Visitor(mvc).postWithoutFormToken(otherMember, "List-Unsubscribe", "One-Click")).hasStatus(403);
        assertThat(preferences.of(testing.id(MEMBER)).get(NotificationKind.HELPDESK_ANSWER)).isEqualTo(Delivery.EMAIL_NOW);
        assertThat(preferences.of(testing.id("admin@agora.example")).get(NotificationKind.FORUM_REPLY)).isEqualTo(Delivery.IN_APP);
    }

    @Test
    void aForgedSignatureIsRefusedWithAnExplanation() {
        var response = new Visitor(mvc).get("/notifications/unsubscribe?member=" + testing.id(MEMBER) + "&kind=HELPDESK_ANSWER&signature=forged");

        assertThat(response).hasStatus(403);
        assertThat(response).bodyText().contains("Ce lien est incomplet ou a été modifié");
    }

    @Test
    void theDigestsOwnLinkStopsTheWholeDigest() {
        preferences.choose(testing.id(MEMBER), NotificationKind.FORUM_REPLY, Delivery.DAILY_DIGEST);
        preferences.choose(testing.id(MEMBER), NotificationKind.FORUM_TOPIC, Delivery.DAILY_DIGEST);
        preferences.choose(testing.id(MEMBER), NotificationKind.FORUM_MENTION, Delivery.WEEKLY_DIGEST);

        new Visitor(mvc).postWithoutFormToken(path(links.link(testing.id(MEMBER), Delivery.DAILY_DIGEST)), "List-Unsubscribe", "One-Click");

        var chosen = preferences.of(testing.id(MEMBER));
        assertThat(chosen.get(NotificationKind.FORUM_REPLY)).isEqualTo(Delivery.IN_APP);
        assertThat(chosen.get(NotificationKind.FORUM_TOPIC)).isEqualTo(Delivery.IN_APP);
        assertThat(chosen.get(NotificationKind.FORUM_MENTION)).isEqualTo(Delivery.WEEKLY_DIGEST);
    }
}
