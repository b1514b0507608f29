package coop.agora.forum;

import static org.assertj.core.api.Assertions.assertThat;

import coop.agora.AgoraIntegrationTest;
import coop.agora.Visitor;
import coop.agora.accounts.Members;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@AgoraIntegrationTest
class ForumWritingTests {

    static final String PASSWORD = "agora-demo-2026";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient db;

    @Autowired
    Members members;

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

    long newestTopic() {
        return db.sql("select max(id) from forum.topic").query(Long.class).single();
    }

    long newestPost() {
        return db.sql("select max(id) from forum.post").query(Long.class).single();
    }

    long postCount() {
        return db.sql("select count(*) from forum.post").query(Long.class).single();
    }

    /** Each test writes as a different demo member, so that the pace limit of one never stops another. */
    static String writer(int number) {
        return List.of("ines.dubois@agora.example", "thomas.leroy@agora.example", "elodie.moreau@agora.example",
                "yannick.le.gall@agora.example", "sanne.willems@agora.example", "mehdi.haddad@agora.example",
                "francois.renard@agora.example", "wout.claes@agora.example", "marie.nguyen@agora.example",
                "jan.devos@agora.example", "lotte.peeters@agora.example").get(number);
    }

    @Test
    void aMemberStartsATopicInTheLanguageTheyChooseAndItIsCountedInItsCategory() {
        var member = signedIn(writer(0));
        var before = db.sql("select topic_count from forum.category where slug = 'musique'").query(Integer.class).single();

        var started = member.post("/forum/c/musique", "title", "Quel micro pour enregistrer une voix ?", "body", "Je cherche un **micro** pas trop cher.",
                "language", "fr");

        var id = newestTopic();
        assertThat(started).hasRedirectedUrl("/forum/t/" + id);
        assertThat(member.get("/forum/t/" + id)).hasStatusOk().bodyText()
                .contains("Quel micro pour enregistrer une voix ?")
                .contains("<strong>micro</strong>");
        assertThat(db.sql("select topic_count from forum.category where slug = 'musique'").query(Integer.class).single()).isEqualTo(before + 1);
        assertThat(db.sql("select language from forum.topic where id = ?").param(id).query(String.class).single()).isEqualTo("fr");
    }

    @Test
    void markdownCannotSmuggleScriptsOrHandlersIntoAPost() {
        var member = signedIn(writer(1));
        member.post("/forum/c/musique", "title", "Un test de mise en forme", "body",
                "<script>alert(1)</script> <img src=x onerror=alert(2)> [lien](javascript:alert(3)) <a href=\"http://x\" onclick=\"y()\">z</a>",
                "language", "fr");

        var html = db.sql("select body_html from forum.post where id = ?").param(newestPost()).query(String.class).single();

        assertThat(html).doesNotContain("<script").doesNotContain("<img").doesNotContain("onerror=").doesNotContain("onclick=")
                .doesNotContain("href=\"javascript");
    }

    @Test
    void aTooLongPostIsRefusedWithTheLimitSaidAndNothingIsWritten() {
        var member = signedIn(writer(2));
        var before = postCount();

        var refused = member.post("/forum/c/musique", "title", "Un très long message", "body", "a".repeat(1_000_000), "language", "fr");

        assertThat(refused).hasStatus(422).bodyText().contains("50 000 caractères au plus");
        assertThat(postCount()).isEqualTo(before);
    }

    @Test
    void aTopicWithoutTitleOrInAnUnknownLanguageIsRefusedFieldByField() {
        var member = signedIn(writer(2));
        var before = postCount();

        var refused = member.post("/forum/c/musique", "title", " ", "body", "", "language", "de");

        assertThat(refused).hasStatus(422).bodyText()
                .contains("Écrivez un titre d'au moins 5 caractères.")
                .contains("Écrivez votre message.")
                .contains("Choisissez le français, le néerlandais ou l'anglais.");
        assertThat(postCount()).isEqualTo(before);
    }

    @Test
    void repliesToALockedTopicAreRefusedWithAClearMessage() {
        var author = signedIn(writer(3));
        author.post("/forum/c/artisanat", "title", "Sujet bientôt fermé", "body", "Premier message.", "language", "fr");
        var topic = newestTopic();
        db.sql("update forum.topic set locked = true where id = ?").param(topic).update();
        var before = postCount();

        var refused = signedIn(writer(4)).post("/forum/t/" + topic + "/reply", "body", "Je réponds quand même.");

        assertThat(refused).hasStatus(422).bodyText().contains("Dit onderwerp is gesloten");
        assertThat(postCount()).isEqualTo(before);
    }

    @Test
    void aHiddenTopicIsNotFoundForMembersAndCannotBeRepliedTo() {
        var author = signedIn(writer(3));
        author.post("/forum/c/artisanat", "title", "Sujet bientôt masqué", "body", "Premier message.", "language", "fr");
        var topic = newestTopic();
        db.sql("update forum.topic set hidden = true where id = ?").param(topic).update();

        var other = signedIn(writer(4));
        assertThat(other.get("/forum/t/" + topic)).hasStatus(404);
        assertThat(other.post("/forum/t/" + topic + "/reply", "body", "Allô ?")).hasStatus(404);
        assertThat(signedIn("moderator@agora.example").get("/forum/t/" + topic)).hasStatusOk();
    }

    @Test
    void nobodyEditsSomeoneElsesPost() {
        var author = signedIn(writer(5));
        author.post("/forum/c/artisanat", "title", "Mon sujet à moi", "body", "Texte original.", "language", "fr");
        var post = newestPost();

        var other = signedIn(writer(6));
        assertThat(other.get("/forum/p/" + post + "/edit")).hasStatus(403);
        assertThat(other.post("/forum/p/" + post + "/edit", "body", "Texte changé.")).hasStatus(403);

        assertThat(db.sql("select body from forum.post where id = ?").param(post).query(String.class).single()).isEqualTo("Texte original.");
    }

    @Test
    void anAuthorEditsTheirPostAndModeratorsSeeTheEarlierVersion() {
        var author = signedIn(writer(5));
        author.post("/forum/c/artisanat", "title", "Sujet à corriger", "body", "Texte avec une faute.", "language", "fr");
        var post = newestPost();

        assertThat(author.post("/forum/p/" + post + "/edit", "body", "Texte corrigé.")).hasStatus3xxRedirection();

        assertThat(author.get("/forum/t/" + newestTopic())).bodyText().contains("Texte corrigé.").contains("(modifié)");
        assertThat(signedIn("moderator@agora.example").get("/forum/p/" + post + "/moderate")).bodyText().contains("Texte avec une faute.");
    }

    @Test
    void editingTheOpeningPostCanRenameTheTopicAndABadTitleChangesNothing() {
        var author = signedIn(writer(6));
        author.post("/forum/c/artisanat", "title", "Titre avec une fote", "body", "Premier jet.", "language", "fr");
        var post = newestPost();
        var topic = newestTopic();

        var tooShort = author.post("/forum/p/" + post + "/edit", "title", "Tit", "body", "Second jet.");
        var renamed = author.post("/forum/p/" + post + "/edit", "title", "Titre sans faute", "body", "Premier jet, relu.");

        assertThat(tooShort).hasStatus(422).bodyText().contains("au moins 5 caractères");
        assertThat(renamed).hasStatus3xxRedirection();
        assertThat(author.get("/forum/t/" + topic)).bodyText().contains("Titre sans faute").contains("Premier jet, relu.").doesNotContain("Second jet.");
        assertThat(author.get("/forum/c/artisanat")).bodyText().contains("Titre sans faute");
    }

    @Test
    void someoneWritingTooOftenIsAskedToWaitAndNothingMoreIsWritten() {
        var member = signedIn(writer(7));
        member.post("/forum/c/artisanat", "title", "Beaucoup de réponses", "body", "Début.", "language", "fr");
        var topic = newestTopic();
        for (int i = 1; i < 6; i++) {
            assertThat(member.post("/forum/t/" + topic + "/reply", "body", "Réponse " + i)).hasStatus3xxRedirection();
        }
        var before = postCount();

        var refused = member.post("/forum/t/" + topic + "/reply", "body", "Une de trop");

        assertThat(refused).hasStatus(429).bodyText().contains("Wacht tien minuten");
        assertThat(postCount()).isEqualTo(before);
    }

    @Test
    void aNewMembersFirstPostWithALinkWaitsForAModerator() {
        var member = signedIn(writer(8));
        member.post("/forum/c/informatique", "title", "Mon portfolio en ligne", "body", "Voyez https://example.org/moi", "language", "fr");
        var topic = newestTopic();

        assertThat(new Visitor(mvc).get("/forum/t/" + topic)).hasStatus(404);
        assertThat(member.get("/forum/t/" + topic)).hasStatusOk().bodyText().contains("Waiting for a moderator");

        var moderator = signedIn("moderator@agora.example");
        assertThat(moderator.get("/forum/moderation")).bodyText().contains("Mon portfolio en ligne");
        assertThat(moderator.post("/forum/p/" + newestPost() + "/moderate", "action", "approve")).hasStatus3xxRedirection();

        assertThat(new Visitor(mvc).get("/forum/t/" + topic)).hasStatusOk();
    }

    @Test
    void membersThankAPostOnceAndNotTheirOwn() {
        var author = signedIn(writer(9));
        author.post("/forum/c/artisanat", "title", "Merci d'avance", "body", "Une astuce : huiler le bois.", "language", "fr");
        var post = newestPost();

        var reader = signedIn(writer(10));
        reader.post("/forum/p/" + post + "/thanks");
        assertThat(db.sql("select thanks_count from forum.post where id = ?").param(post).query(Integer.class).single()).isEqualTo(1);
        reader.post("/forum/p/" + post + "/thanks");
        assertThat(db.sql("select thanks_count from forum.post where id = ?").param(post).query(Integer.class).single()).isZero();

        assertThat(author.post("/forum/p/" + post + "/thanks")).hasStatus(403);
    }

    @Test
    void quotingAPostStartsTheReplyWithItsText() {
        var topic = db.sql("select id from forum.topic where title like 'Cachet pour un concert%'").query(Long.class).single();
        var post = db.sql("select min(id) from forum.post where topic_id = ?").param(topic).query(Long.class).single();

        var page = signedIn(writer(0)).get("/forum/t/" + topic + "/reply?quote=" + post);

        assertThat(page).hasStatusOk().bodyText().contains("&gt; **Thomas Leroy**").contains("&gt; Le patron propose 150 €");
    }
}
