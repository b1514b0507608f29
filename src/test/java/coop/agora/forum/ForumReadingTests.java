package coop.agora.forum;

import static org.assertj.core.api.Assertions.assertThat;

import coop.agora.AgoraIntegrationTest;
import coop.agora.Visitor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@AgoraIntegrationTest
class ForumReadingTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient db;

    private long topicTitled(String title) {
        return db.sql("select id from forum.topic where title = ?").param(title).query(Long.class).single();
    }

    @Test
    void aVisitorSeesThePublicCategoriesButNotTheMembersOnlyOnes() {
        var page = new Visitor(mvc).get("/forum");

        assertThat(page).hasStatusOk().bodyText().contains("TVA et contrats").contains("Musique").doesNotContain("Vie coopérative");
    }

    @Test
    void aMemberAlsoSeesTheMembersOnlyCategoriesAndOneLocalCategoryPerOffice() {
        var member = new Visitor(mvc);
        member.signIn("member@agora.example", "agora-demo-2026");

        assertThat(member.get("/forum")).hasStatusOk().bodyText().contains("Vie coopérative").contains("Gand").contains("Lyon");
        assertThat(db.sql("select count(*) from forum.category where office_id is not null").query(Long.class).single()).isEqualTo(12);
    }

    @Test
    void aVisitorIsSentToSignInForAMembersOnlyCategory() {
        assertThat(new Visitor(mvc).get("/forum/c/vie-cooperative")).hasStatus3xxRedirection();
    }

    @Test
    void theCategoryPageListsTopicsWithTheirAuthorsInTheReadersLanguage() {
        var page = new Visitor(mvc).speaking("nl-BE").get("/forum/c/tva-contrats");

        assertThat(page).hasStatusOk().bodyText()
                .contains("Btw en contracten")
                .contains("Voorschot vragen voor een grote opdracht")
                .contains("Gestart door Lotte Peeters");
    }

    @Test
    void readersFilterACategoryByTheLanguageOfItsTopics() {
        var page = new Visitor(mvc).get("/forum/c/tva-contrats?lang=nl");

        assertThat(page).hasStatusOk().bodyText()
                .contains("Voorschot vragen")
                .doesNotContain("Quelle TVA facturer");
    }

    @Test
    void aSolvedTopicShowsItsAnswerFirstWithTheOfficialBadge() throws Exception {
        var id = topicTitled("Quelle TVA facturer pour une prestation de graphisme en France ?");

        var page = new Visitor(mvc).get("/forum/t/" + id);

        var body = page.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(page).hasStatusOk();
        assertThat(body).contains("Réponse officielle de la coopérative");
        assertThat(body.indexOf("id=\"answer\"")).isPositive().isLessThan(body.indexOf("id=\"post-"));
    }

    @Test
    void theTopicIsAlsoAvailableAsJson() {
        var id = topicTitled("Quelle TVA facturer pour une prestation de graphisme en France ?");

        var json = new Visitor(mvc).get("/forum/api/topics/" + id);

        assertThat(json).hasStatusOk().bodyJson().extractingPath("$.topic.title")
                .isEqualTo("Quelle TVA facturer pour une prestation de graphisme en France ?");
        assertThat(json).bodyJson().extractingPath("$.posts[0].authorName").isEqualTo("Camille Lambert");
    }

    @Test
    void aMissingTopicOrCategoryIsNotFound() {
        assertThat(new Visitor(mvc).get("/forum/t/999999999")).hasStatus(404);
        assertThat(new Visitor(mvc).get("/forum/c/nothing-here")).hasStatus(404);
    }

    @Test
    void aPublicCategoryHasAnAtomFeedOfItsLatestTopics() {
        var feed = new Visitor(mvc).get("/forum/c/tva-contrats/feed.atom");

        assertThat(feed).hasStatusOk().hasContentType("application/atom+xml;charset=UTF-8");
        assertThat(feed).bodyText().contains("<feed xmlns=\"http://www.w3.org/2005/Atom\">").contains("Voorschot vragen");
    }

    @Test
    void archivesListTheMonthsOfACategoryAndTheTopicsOfEachMonth() {
        var month = db.sql("select to_char(created_at at time zone 'Europe/Brussels', 'YYYY-MM') from forum.topic where title like 'Voorschot%'")
                .query(String.class).single();

        assertThat(new Visitor(mvc).get("/forum/c/tva-contrats/archives")).hasStatusOk().bodyText().contains(month);
        assertThat(new Visitor(mvc).get("/forum/c/tva-contrats/archives/" + month)).hasStatusOk().bodyText().contains("Voorschot vragen");
        assertThat(new Visitor(mvc).get("/forum/c/tva-contrats/archives/not-a-month")).hasStatus(404);
    }
}
