package coop.agora.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import coop.agora.AgoraIntegrationTest;
import coop.agora.Visitor;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@AgoraIntegrationTest
class KnowledgeReadingTests {

    private static final Pattern LINK = Pattern.compile("href=\"(/knowledge[^\"#?]*)\"");
    private static final Pattern ARTICLE = Pattern.compile("/knowledge/articles/(\\d+)/[a-z]{2}");

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient db;

    /** Follows the links of the knowledge base breadth first, as a reader clicks, and notes how many clicks each article took. */
    private Set<Long> articlesWithinThreeClicks(Visitor reader) throws Exception {
        var depth = new HashMap<String, Integer>();
        var queue = new ArrayDeque<String>();
        depth.put("/knowledge", 0);
        queue.add("/knowledge");
        var found = new HashSet<Long>();
        while (!queue.isEmpty()) {
            var page = queue.poll();
            var clicks = depth.get(page);
            var article = ARTICLE.matcher(page);
            if (article.matches()) {
                found.add(Long.parseLong(article.group(1)));
                continue;
            }
            if (clicks == 3) {
                continue;
            }
            var response = reader.get(page);
            assertThat(response).hasStatusOk();
            var links = LINK.matcher(response.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
            while (links.find()) {
                var next = links.group(1);
                if (!depth.containsKey(next) && !next.startsWith("/knowledge/images")) {
                    depth.put(next, clicks + 1);
                    queue.add(next);
                }
            }
        }
        return found;
    }

    private Set<Long> published(boolean member) {
        return new HashSet<>(db.sql("""
                        select distinct g.id from knowledge.article_group g join knowledge.article a on a.group_id = g.id
                        where a.status = 'PUBLISHED' and (g.visibility = 'PUBLIC' or ?)""")
                .param(member).query(Long.class).list());
    }

    @Test
    void aGuideWrittenWithAMarkdownTableShowsATable() {
        var group = db.sql("select group_id from knowledge.article where title = 'La TVA sur vos factures en Belgique et en France'")
                .query(Long.class).single();

        assertThat(new Visitor(mvc).get("/knowledge/articles/" + group + "/fr")).hasStatusOk().body().asString()
                .contains("<table>", "<th>Votre client</th>", "<td><strong>Particulier en France</strong></td>");
    }

    @Test
    void everyPublishedArticleAMemberMayReadIsWithinThreeClicksOfTheHomePage() throws Exception {
        var member = Editors.signedIn(mvc, "member@agora.example");

        assertThat(published(true)).isNotEmpty();
        assertThat(articlesWithinThreeClicks(member)).containsAll(published(true));
    }

    @Test
    void everyPublicArticleIsWithinThreeClicksForVisitorsAndMembersOnlyOnesAreNotListed() throws Exception {
        var found = articlesWithinThreeClicks(new Visitor(mvc));

        assertThat(found).containsAll(published(false));
        var membersOnly = new HashSet<>(published(true));
        membersOnly.removeAll(published(false));
        assertThat(membersOnly).isNotEmpty().doesNotContainAnyElementsOf(found);
    }

    @Test
    void theHomePageHasThreeDoorsByLevel() throws Exception {
        assertThat(new Visitor(mvc).get("/knowledge")).hasStatusOk().bodyText()
                .contains("Je débute").contains("Questions courantes").contains("Activité développée");
        assertThat(new Visitor(mvc).speaking("nl-BE").get("/knowledge")).bodyText().contains("Ik ben nieuw");
    }

    @Test
    void anArticleOpensInTheReadersLanguageAndOffersItsOtherTranslations() throws Exception {
        var group = groupTitled("Comment fonctionne la coopérative ?");

        var dutchReader = new Visitor(mvc).speaking("nl-BE");
        assertThat(dutchReader.get("/knowledge/articles/" + group)).hasRedirectedUrl("/knowledge/articles/" + group + "/nl");
        assertThat(dutchReader.get("/knowledge/articles/" + group + "/nl")).hasStatusOk().bodyText()
                .contains("Hoe werkt de coöperatie?").contains("Français").contains("English");
    }

    @Test
    void aMissingTranslationSaysSoAndOffersTheOthers() throws Exception {
        var group = groupTitled("Devenir associé : les parts sociales");
        var englishReader = new Visitor(mvc).speaking("en");

        assertThat(englishReader.get("/knowledge/articles/" + group)).hasRedirectedUrl("/knowledge/articles/" + group + "/fr");
        assertThat(englishReader.get("/knowledge/articles/" + group + "/fr")).hasStatusOk().bodyText()
                .contains("This guide is not available in English yet. It is shown in Français.").contains("Nederlands");
        assertThat(englishReader.get("/knowledge/articles/" + group + "/en")).hasStatus(404).bodyText()
                .contains("This guide is not available in English yet. You can read it in:");
    }

    @Test
    void visitorsAreAskedToSignInForMembersOnlyArticles() throws Exception {
        var group = groupTitled("Demander un acompte");

        assertThat(new Visitor(mvc).get("/knowledge/articles/" + group + "/fr")).hasStatus3xxRedirection().redirectedUrl().contains("/login");
        assertThat(Editors.signedIn(mvc, "member@agora.example").get("/knowledge/articles/" + group + "/fr")).hasStatusOk().bodyText()
                .contains("Pour un projet long");
    }

    @Test
    void aTutorialShowsItsStepsInOrder() throws Exception {
        var group = groupTitled("Faire votre première facture, pas à pas");

        var page = new Visitor(mvc).get("/knowledge/articles/" + group + "/fr").getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);

        assertThat(page).containsSubsequence("Rassemblez les informations", "Encodez la facture", "Vérifiez la TVA", "Envoyez et suivez le paiement");
    }

    private long groupTitled(String title) {
        return db.sql("select group_id from knowledge.article where title = ?").param(title).query(Long.class).single();
    }
}
