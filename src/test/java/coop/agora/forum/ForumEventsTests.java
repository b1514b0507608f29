package coop.agora.forum;

import static org.assertj.core.api.Assertions.assertThat;

import coop.agora.AgoraIntegrationTest;
import coop.agora.Visitor;
import coop.agora.accounts.Members;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** What the forum tells the rest of Agora, for the notifications to come, and what it remembers per reader. */
@AgoraIntegrationTest
@RecordApplicationEvents
class ForumEventsTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient db;

    @Autowired
    Members members;

    private Visitor signedIn(String email) {
        db.sql("update forum.post set created_at = created_at - interval '1 hour' where author_id = ?")
                .param(members.idOf(email).orElseThrow())
                .update();
        var visitor = new Visitor(mvc);
        visitor.signIn(email, "agora-demo-2026");
        return visitor;
    }

    @Test
    void aReplyTellsWatchersAndMentionedParticipants(@Autowired ApplicationEvents events) {
        var asker = signedIn("francois.renard@agora.example");
        asker.post("/forum/c/informatique", "title", "Quel hébergement pour un site vitrine ?", "body", "Des conseils ?", "language", "fr");
        var topic = db.sql("select max(id) from forum.topic").query(Long.class).single();
        var watcher = signedIn("sanne.willems@agora.example");
        watcher.post("/forum/t/" + topic + "/watch");

        signedIn("mehdi.haddad@agora.example").post("/forum/t/" + topic + "/reply", "body", "@François Renard, je te conseille un hébergeur coopératif.");

        var francois = members.idOf("francois.renard@agora.example").orElseThrow();
        var sanne = members.idOf("sanne.willems@agora.example").orElseThrow();
        assertThat(events.stream(ReplyPosted.class).filter(e -> e.topicId() == topic))
                .singleElement()
                .satisfies(e -> assertThat(e.watchers()).containsExactly(sanne));
        assertThat(events.stream(MemberMentioned.class).filter(e -> e.topicId() == topic))
                .singleElement()
                .satisfies(e -> assertThat(e.memberId()).isEqualTo(francois));
    }

    @Test
    void aTopicIsNewForAMemberUntilTheyReadItAndAgainAfterAReply() {
        var reader = signedIn("marie.nguyen@agora.example");
        var author = signedIn("wout.claes@agora.example");
        author.post("/forum/c/artisanat", "title", "Nieuwe draaibank gezocht", "body", "Tips?", "language", "nl");
        var topic = db.sql("select max(id) from forum.topic").query(Long.class).single();
        var row = "href=\"/forum/t/" + topic + "\"";

        assertThat(reader.get("/forum/c/artisanat").getResponse()).satisfies(r -> assertThat(unread(r.getContentAsString(), row)).isTrue());
        reader.get("/forum/t/" + topic);
        assertThat(reader.get("/forum/c/artisanat").getResponse()).satisfies(r -> assertThat(unread(r.getContentAsString(), row)).isFalse());
        author.post("/forum/t/" + topic + "/reply", "body", "Nog iemand?");
        assertThat(reader.get("/forum/c/artisanat").getResponse()).satisfies(r -> assertThat(unread(r.getContentAsString(), row)).isTrue());
        reader.get("/forum/t/" + topic);
        assertThat(reader.get("/forum/c/artisanat").getResponse()).satisfies(r -> assertThat(unread(r.getContentAsString(), row)).isFalse());
    }

    /** Whether the list item holding the link is marked as unread. */
    private static boolean unread(String page, String link) {
        var at = page.indexOf(link);
        return page.substring(page.lastIndexOf("<li", at), at).contains("topic-row--unread");
    }
}
