package coop.agora.forum;

import static org.assertj.core.api.Assertions.assertThat;

import coop.agora.AgoraIntegrationTest;
import coop.agora.Visitor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@AgoraIntegrationTest
class ForumSearchTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient db;

    @Test
    void frenchWordsAreFoundInAnotherFormAndWithoutAccentsWithTheWordsMarked() {
        var page = new Visitor(mvc).get("/forum/search?q=facture+prestations+francaise");

        assertThat(page).hasStatusOk().bodyText()
                .contains("Quelle TVA facturer pour une prestation de graphisme en France ?")
                .contains("<mark>");
    }

    @Test
    void postsWithEveryWordComeAloneWhenThereAreSome() {
        var page = new Visitor(mvc).get("/forum/search?q=facturer+graphisme");

        assertThat(page).hasStatusOk().bodyText()
                .contains("Quelle TVA facturer pour une prestation de graphisme en France ?")
                .doesNotContain("Mission en régie de six mois");
    }

    @Test
    void whenNoPostHasEveryWordPostsWithAnyOfThemAreShown() {
        var page = new Visitor(mvc).get("/forum/search?q=facturer+xylophonistes");

        assertThat(page).hasStatusOk().bodyText()
                .contains("Quelle TVA facturer pour une prestation de graphisme en France ?")
                .contains("Mission en régie de six mois");
    }

    @Test
    void dutchWordsAreStemmedAsDutch() {
        var page = new Visitor(mvc).get("/forum/search?q=voorschotten+contract");

        assertThat(page).hasStatusOk().bodyText().contains("Voorschot vragen voor een grote opdracht");
    }

    @Test
    void filtersNarrowTheResults() {
        var visitor = new Visitor(mvc);

        assertThat(visitor.get("/forum/search?q=facturer&solved=yes")).bodyText().contains("Quelle TVA facturer");
        assertThat(visitor.get("/forum/search?q=facturer&solved=no")).bodyText().doesNotContain("Quelle TVA facturer");
        assertThat(visitor.get("/forum/search?q=facturer&lang=nl")).bodyText().doesNotContain("Quelle TVA facturer");
        assertThat(visitor.get("/forum/search?q=facturer&from=2000-01-01&until=2000-12-31")).bodyText().doesNotContain("Quelle TVA facturer");
    }

    @Test
    void anAuthorsNameLeadsToTheirPostsAndTheFilterCanBeDropped() {
        var author = db.sql("""
                        select p.author_id from forum.post p join forum.topic t on t.id = p.topic_id
                        where t.title like 'Quelle TVA facturer%' and p.opening""")
                .query(Long.class)
                .single();
        var visitor = new Visitor(mvc);

        assertThat(visitor.get("/forum/search?q=facturer")).bodyText().contains("/forum/search?q=facturer&amp;author=" + author);
        var theirs = visitor.get("/forum/search?author=" + author);

        assertThat(theirs).hasStatusOk().bodyText()
                .contains("Quelle TVA facturer")
                .contains("Seulement les messages de")
                .contains("name=\"author\" value=\"" + author + "\" checked");
    }

    @Test
    void visitorsDoNotFindWhatIsForMembersOnly() {
        assertThat(new Visitor(mvc).get("/forum/search?q=assemblée")).bodyText().doesNotContain("Assemblée générale : les documents");

        var member = new Visitor(mvc);
        member.signIn("marie.nguyen@agora.example", "agora-demo-2026");
        assertThat(member.get("/forum/search?q=assemblee")).bodyText().contains("Assemblée générale : les documents");
    }

    @Test
    void nonsenseFiltersAreIgnoredRatherThanFailing() {
        var page = new Visitor(mvc).get("/forum/search?q=facturer&category=x&from=yesterday&page=-4&author=abc&lang=de");

        assertThat(page).hasStatusOk().bodyText().contains("Quelle TVA facturer");
    }
}
