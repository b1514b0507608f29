package coop.agora.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import coop.agora.AgoraIntegrationTest;
import coop.agora.Visitor;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@AgoraIntegrationTest
class GlossaryTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient db;

    @Autowired
    Glossary glossary;

    @Test
    void theFirstUseOfAGlossaryWordInAGuideLinksToItsDefinition() throws Exception {
        var group = db.sql("select group_id from knowledge.article where title = 'Hoe werkt de coöperatie?'").query(Long.class).single();

        var page = new Visitor(mvc).get("/knowledge/articles/" + group + "/nl").getResponse().getContentAsString(StandardCharsets.UTF_8);

        assertThat(page).containsPattern("<a class=\"term\" href=\"/knowledge/glossary#term-\\d+\">bijdrage<span class=\"term-tip\"> \\(Het deel van je omzet");
        assertThat(page.split("class=\"term\"", -1)).hasSize(2);
    }

    @Test
    void wordsInLinksCodeAndHeadingsAreLeftAlone() {
        var html = "<h2>Acompte</h2><p>Un <a href=\"/x\">acompte</a>, <code>acompte</code> et un acompte.</p>";

        var marked = glossary.annotate(html, "fr", new java.util.HashSet<>());

        assertThat(marked).startsWith("<h2>Acompte</h2><p>Un <a href=\"/x\">acompte</a>, <code>acompte</code> et un <a class=\"term\"");
    }

    @Test
    void editorsAddWordsAndADuplicateIsRefused() {
        var editor = Editors.signedIn(mvc, "admin@agora.example");

        assertThat(editor.post("/knowledge/glossary", "language", "fr", "term", "devis", "definition", "Le prix proposé au client avant le travail."))
                .hasRedirectedUrl("/knowledge/glossary");
        assertThat(editor.post("/knowledge/glossary", "language", "fr", "term", "Devis", "definition", "Autre chose.")).hasStatus(422).bodyText()
                .contains("Ce mot est déjà dans le glossaire dans cette langue.");
        assertThat(new Visitor(mvc).get("/knowledge/glossary")).hasStatusOk().bodyText().contains("Le prix proposé au client avant le travail.");
        assertThat(Editors.signedIn(mvc, "member@agora.example").post("/knowledge/glossary", "language", "fr", "term", "x", "definition", "y"))
                .hasStatus(403);
    }
}
