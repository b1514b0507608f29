package coop.agora.forum;

import static org.assertj.core.api.Assertions.assertThat;

import coop.agora.AgoraIntegrationTest;
import coop.agora.Outbox;
import coop.agora.Visitor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@AgoraIntegrationTest
class ForumPrivacyTests {

    static final String PASSWORD = "violet tortue parapluie 42";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient db;

    private Visitor newMember(String email, String name) {
        var visitor = new Visitor(mvc);
        visitor.post("/register", "displayName", name, "email", email, "password", PASSWORD, "language", "fr", "homeOffice", "1");
        visitor.get(new Outbox(db).latestTo(email).orElseThrow().link());
        visitor.signIn(email, PASSWORD);
        return visitor;
    }

    private static String address() {
        return "forum." + java.util.UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }

    @Test
    void aMembersForumDataIsInTheirDownload() {
        var member = newMember(address(), "Aline Forum");
        member.post("/forum/c/musique", "title", "Mon premier sujet", "body", "Bonjour à tous.", "language", "fr");

        var download = member.get("/account/data");

        assertThat(download).bodyJson().extractingPath("$.forum.topics[0].title").isEqualTo("Mon premier sujet");
        assertThat(download).bodyJson().extractingPath("$.forum.posts[0].body").isEqualTo("Bonjour à tous.");
    }

    @Test
    void afterErasureThePostsStayButShowAsByAFormerMember() {
        var member = newMember(address(), "Bertrand Efface");
        member.post("/forum/c/musique", "title", "Un sujet qui restera", "body", "Mon texte reste utile.", "language", "fr");
        var topic = db.sql("select max(id) from forum.topic").query(Long.class).single();

        member.post("/account/erase", "currentPassword", PASSWORD, "confirmation", "on");

        var page = new Visitor(mvc).get("/forum/t/" + topic);
        assertThat(page).hasStatusOk().bodyText().contains("Mon texte reste utile.").contains("Ancien membre").doesNotContain("Bertrand Efface");
        assertThat(db.sql("select count(*) from forum.post where topic_id = ? and author_id is not null").param(topic).query(Long.class).single())
                .isZero();
    }
}
