package coop.agora.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import coop.agora.AgoraIntegrationTest;
import coop.agora.Visitor;
import coop.agora.accounts.Members;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** The notification centre: what a member sees in the header and on the list, and marking as read. */
@AgoraIntegrationTest
class NotificationCentreTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient db;

    @Autowired
    Members members;

    @Autowired
    FanOut fanOut;

    private Visitor signedIn(String email) {
        db.sql("update forum.post set created_at = created_at - interval '1 hour' where author_id = ?")
                .param(members.idOf(email).orElseThrow())
                .update();
        var visitor = new Visitor(mvc);
        visitor.signIn(email, "agora-demo-2026");
        return visitor;
    }

    private long id(String email) {
        return members.idOf(email).orElseThrow();
    }

    private long unread(String email) {
        return db.sql("select count(*) from notifications.notification where member_id = ? and read_at is null").param(id(email)).query(Long.class).single();
    }

    @Test
    void aReplyInAWatchedTopicAppearsInTheWatchersHeaderAndListInTheirLanguage() {
        var author = signedIn("thomas.leroy@agora.example");
        author.post("/forum/c/informatique", "title", "Sauvegardes automatiques pour indépendants", "body", "Vous utilisez quoi ?", "language", "fr");
        var topic = db.sql("select max(id) from forum.topic").query(Long.class).single();
        var watcher = signedIn("jan.devos@agora.example");
        watcher.post("/forum/t/" + topic + "/watch");
        var before = unread("jan.devos@agora.example");

        signedIn("elodie.moreau@agora.example").post("/forum/t/" + topic + "/reply", "body", "Un NAS chez moi et une copie chez un ami.");
        fanOut.drain();

        assertThat(unread("jan.devos@agora.example")).isEqualTo(before + 1);
        var list = watcher.get("/notifications").getResponse();
        assertThat(list).satisfies(r -> assertThat(r.getContentAsString())
                .contains("Élodie Moreau heeft geantwoord in een onderwerp dat je volgt")
                .contains("class=\"count-badge\" data-count=\"" + (before + 1) + "\""));
    }

    @Test
    void openingANotificationMarksItReadAndGoesToItsPage() {
        var reader = "ines.dubois@agora.example";
        var notification = notifyOne(reader, "/forum/faq");

        var opened = signedIn(reader).get("/notifications/" + notification);

        assertThat(opened).hasStatus3xxRedirection().hasRedirectedUrl("/forum/faq");
        assertThat(isRead(notification)).isTrue();
    }

    @Test
    void anotherMembersNotificationIsNotFoundAndStaysUnread() {
        var notification = notifyOne("yannick.le.gall@agora.example", "/forum");
        var intruder = signedIn("bram.maes@agora.example");

        assertThat(intruder.get("/notifications/" + notification)).hasStatus(404);
        assertThat(intruder.post("/notifications/" + notification + "/read")).hasStatus(404);
        assertThat(isRead(notification)).isFalse();
    }

    @Test
    void markingAllReadLeavesNothingUnread() {
        var reader = "chloe.fontaine@agora.example";
        notifyOne(reader, "/forum");
        notifyOne(reader, "/forum/faq");

        assertThat(signedIn(reader).post("/notifications/read-all")).hasStatus3xxRedirection();

        assertThat(unread(reader)).isZero();
    }

    @Test
    void aMarkedNotificationNoLongerCountsAsUnread() {
        var reader = "amelie.gerard@agora.example";
        var notification = notifyOne(reader, "/forum");

        assertThat(signedIn(reader).post("/notifications/" + notification + "/read")).hasStatus3xxRedirection();

        assertThat(isRead(notification)).isTrue();
    }

    @Test
    void aVisitorIsSentToSignIn() {
        assertThat(new Visitor(mvc).get("/notifications")).hasStatus3xxRedirection();
    }

    @Autowired
    Notifications notifications;

    private long notifyOne(String email, String link) {
        notifications.notify(NotificationKind.FORUM_MENTION, List.of(id(email)), id("lotte.peeters@agora.example"), null, link);
        fanOut.drain();
        return db.sql("select max(id) from notifications.notification where member_id = ?").param(id(email)).query(Long.class).single();
    }

    private boolean isRead(long notification) {
        return db.sql("select read_at is not null from notifications.notification where id = ?").param(notification).query(Boolean.class).single();
    }
}
