package coop.agora.forum;

import static org.assertj.core.api.Assertions.assertThat;

import coop.agora.AgoraIntegrationTest;
import coop.agora.Outbox;
import coop.agora.Visitor;
import coop.agora.accounts.Members;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@AgoraIntegrationTest
class AnswersAndModerationTests {

    static final String PASSWORD = "agora-demo-2026";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient db;

    @Autowired
    Members members;

    @Autowired
    Faq faq;

    /**
     * Moves the member's earlier posts an hour back, as if time had passed since, so that the pace
     * limit only counts what one test writes. Sessions are kept: signing in again and again as one
     * person would meet the sign-in limit.
     */
    Visitor signedIn(String email) {
        db.sql("update forum.post set created_at = created_at - interval '1 hour' where author_id = ?")
                .param(members.idOf(email).orElseThrow())
                .update();
        return SESSIONS.computeIfAbsent(email, address -> {
            var visitor = new Visitor(mvc);
            visitor.signIn(address, PASSWORD);
            return visitor;
        });
    }

    private static final java.util.Map<String, Visitor> SESSIONS = new java.util.concurrent.ConcurrentHashMap<>();

    long newest(String table) {
        return db.sql("select max(id) from forum." + table).query(Long.class).single();
    }

    /** A question in "TVA et contrats" by one member with a reply by another; returns the topic and the reply. */
    long[] questionAnswered(String asker, String answerer, String title) {
        signedIn(asker).post("/forum/c/tva-contrats", "title", title, "body", "Ma question détaillée.", "language", "fr");
        var topic = newest("topic");
        signedIn(answerer).post("/forum/t/" + topic + "/reply", "body", "Ma réponse détaillée.");
        return new long[] {topic, newest("post")};
    }

    @Test
    void theAuthorMarksAReplyAsTheAnswerAndOthersCannot() {
        var ids = questionAnswered("ines.dubois@agora.example", "thomas.leroy@agora.example", "Comment déclarer un acompte ?");

        assertThat(signedIn("elodie.moreau@agora.example").post("/forum/p/" + ids[1] + "/solve")).hasStatus(403);
        assertThat(signedIn("ines.dubois@agora.example").post("/forum/p/" + ids[1] + "/solve")).hasRedirectedUrl("/forum/t/" + ids[0]);

        assertThat(db.sql("select solution_post_id from forum.topic where id = ?").param(ids[0]).query(Long.class).single()).isEqualTo(ids[1]);
    }

    @Test
    void onlyAdvisorsMarkAnAnswerAsOfficial() {
        var ids = questionAnswered("ines.dubois@agora.example", "thomas.leroy@agora.example", "Faut-il un contrat écrit ?");

        assertThat(signedIn("moderator@agora.example").post("/forum/p/" + ids[1] + "/official")).hasStatus(403);
        assertThat(signedIn("advisor@agora.example").post("/forum/p/" + ids[1] + "/official")).hasStatus3xxRedirection();

        assertThat(db.sql("select official from forum.post where id = ?").param(ids[1]).query(Boolean.class).single()).isTrue();
    }

    @Test
    void aModeratorPromotesASolvedTopicToTheFaqFoundByAnotherWordForm() {
        var ids = questionAnswered("ines.dubois@agora.example", "thomas.leroy@agora.example", "Comment facturer un atelier de poterie ?");
        signedIn("ines.dubois@agora.example").post("/forum/p/" + ids[1] + "/solve");

        assertThat(signedIn("elodie.moreau@agora.example").post("/forum/t/" + ids[0] + "/promote", "question", "Q ?", "answer", "R", "language", "fr"))
                .hasStatus(403);
        var promoted = signedIn("advisor@agora.example").post("/forum/t/" + ids[0] + "/promote",
                "question", "Comment facturer un atelier de poterie ?", "answer", "Avec la TVA à 21 %.", "language", "fr");

        assertThat(promoted).hasRedirectedUrl("/forum/faq");
        assertThat(faq.search("factures poteries")).extracting(FaqEntry::question).contains("Comment facturer un atelier de poterie ?");
        assertThat(new Visitor(mvc).get("/forum/faq?q=facturé")).bodyText().contains("Comment facturer un atelier de poterie ?");
    }

    @Test
    void anUnsolvedTopicCannotBePromoted() {
        var ids = questionAnswered("ines.dubois@agora.example", "thomas.leroy@agora.example", "Une question sans réponse choisie");

        assertThat(signedIn("moderator@agora.example").get("/forum/t/" + ids[0] + "/promote")).hasStatus(409);
    }

    @Test
    void aFlagReachesTheModeratorsOfThatCategoryByMailAndInTheirQueue() {
        var ids = questionAnswered("ines.dubois@agora.example", "thomas.leroy@agora.example", "Un sujet qui sera signalé");

        var flagged = signedIn("elodie.moreau@agora.example").post("/forum/p/" + ids[1] + "/flag", "reason", "RUDE", "note", "Ton agressif.");

        assertThat(flagged).hasRedirectedUrl("/forum/t/" + ids[0]);
        assertThat(new Outbox(db).latestTo("advisor@agora.example")).hasValueSatisfying(mail ->
                assertThat(mail.body()).contains("Un sujet qui sera signalé"));
        assertThat(signedIn("advisor@agora.example").get("/forum/moderation")).bodyText().contains("Un sujet qui sera signalé").contains("Ton agressif.");
        assertThat(signedIn("chloe.fontaine@agora.example").get("/forum/moderation")).bodyText().doesNotContain("Un sujet qui sera signalé");
    }

    @Test
    void aFlagNeedsAReason() {
        var ids = questionAnswered("ines.dubois@agora.example", "thomas.leroy@agora.example", "Un signalement incomplet");

        var refused = signedIn("elodie.moreau@agora.example").post("/forum/p/" + ids[1] + "/flag", "reason", "WHATEVER");

        assertThat(refused).hasStatus(422).bodyText().contains("Choisissez ce qui ne va pas dans ce message.");
        assertThat(db.sql("select count(*) from forum.flag where post_id = ?").param(ids[1]).query(Long.class).single()).isZero();
    }

    @Test
    void aCategoryModeratorHidesAPostWithAReasonLoggedAndTheAuthorIsToldByMail() {
        var ids = questionAnswered("ines.dubois@agora.example", "thomas.leroy@agora.example", "Un message à masquer");

        var hidden = signedIn("advisor@agora.example").post("/forum/p/" + ids[1] + "/moderate", "action", "hide", "reason", "Propos hors charte");

        assertThat(hidden).hasStatus3xxRedirection();
        assertThat(db.sql("select hidden from forum.post where id = ?").param(ids[1]).query(Boolean.class).single()).isTrue();
        assertThat(db.sql("select action || ' ' || reason from forum.moderation_log where post_id = ?").param(ids[1]).query(String.class).single())
                .isEqualTo("HIDE Propos hors charte");
        assertThat(new Outbox(db).latestTo("thomas.leroy@agora.example")).hasValueSatisfying(mail ->
                assertThat(mail.body()).contains("Un message à masquer").contains("Propos hors charte"));
        assertThat(new Visitor(mvc).get("/forum/t/" + ids[0])).bodyText().doesNotContain("Ma réponse détaillée.");
    }

    @Test
    void moderatingNeedsAReason() {
        var ids = questionAnswered("ines.dubois@agora.example", "thomas.leroy@agora.example", "Une modération sans raison");

        var refused = signedIn("advisor@agora.example").post("/forum/p/" + ids[1] + "/moderate", "action", "hide", "reason", " ");

        assertThat(refused).hasStatus(422).bodyText().contains("Geef een reden");
        assertThat(db.sql("select hidden from forum.post where id = ?").param(ids[1]).query(Boolean.class).single()).isFalse();
    }

    @Test
    void nobodyModeratesOutsideTheirCategories() {
        var ids = questionAnswered("ines.dubois@agora.example", "thomas.leroy@agora.example", "Hors de la catégorie de Chloé");

        var refused = signedIn("chloe.fontaine@agora.example").post("/forum/p/" + ids[1] + "/moderate", "action", "hide", "reason", "Non");

        assertThat(refused).hasStatus(403);
        assertThat(signedIn("elodie.moreau@agora.example").get("/forum/moderation")).hasStatus(403);
        assertThat(db.sql("select hidden from forum.post where id = ?").param(ids[1]).query(Boolean.class).single()).isFalse();
    }

    @Test
    void aModeratorLocksAndMovesATopicOnlyToACategoryTheyModerate() {
        var ids = questionAnswered("ines.dubois@agora.example", "thomas.leroy@agora.example", "Un sujet mal rangé");
        var advisor = signedIn("advisor@agora.example");
        var music = db.sql("select id from forum.category where slug = 'musique'").query(Long.class).single();
        var ghent = db.sql("select id from forum.category where slug = 'bureau-gand'").query(Long.class).single();

        assertThat(advisor.post("/forum/p/" + ids[1] + "/moderate", "action", "move", "reason", "Mauvaise catégorie", "category", String.valueOf(music)))
                .hasStatus(422);
        assertThat(advisor.post("/forum/p/" + ids[1] + "/moderate", "action", "move", "reason", "Question locale", "category", String.valueOf(ghent)))
                .hasStatus3xxRedirection();
        assertThat(advisor.post("/forum/p/" + ids[1] + "/moderate", "action", "lock", "reason", "Réglé")).hasStatus3xxRedirection();

        assertThat(db.sql("select category_id from forum.topic where id = ?").param(ids[0]).query(Long.class).single()).isEqualTo(ghent);
        assertThat(db.sql("select locked from forum.topic where id = ?").param(ids[0]).query(Boolean.class).single()).isTrue();
    }

    @Test
    void aModeratorSplitsADriftingDiscussionIntoANewTopic() {
        var ids = questionAnswered("ines.dubois@agora.example", "thomas.leroy@agora.example", "Une question qui dérive");
        signedIn("elodie.moreau@agora.example").post("/forum/t/" + ids[0] + "/reply", "body", "Et sinon, qui vient au concert samedi ?");
        var drift = newest("post");
        var advisor = signedIn("advisor@agora.example");

        assertThat(advisor.post("/forum/p/" + drift + "/moderate", "action", "split", "title", "", "reason", "Autre sujet")).hasStatus(422);
        var split = advisor.post("/forum/p/" + drift + "/moderate", "action", "split", "title", "Concert de samedi", "reason", "Autre sujet");

        var topic = newest("topic");
        assertThat(split).hasRedirectedUrl("/forum/t/" + topic);
        assertThat(db.sql("select topic_id from forum.post where id = ?").param(drift).query(Long.class).single()).isEqualTo(topic);
        assertThat(db.sql("select reply_count from forum.topic where id = ?").param(ids[0]).query(Integer.class).single()).isEqualTo(1);
        assertThat(new Visitor(mvc).get("/forum/t/" + topic)).bodyText().contains("Concert de samedi").contains("qui vient au concert samedi");
    }
}
