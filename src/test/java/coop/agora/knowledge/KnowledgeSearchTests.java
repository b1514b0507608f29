package coop.agora.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import coop.agora.AgoraIntegrationTest;
import coop.agora.Visitor;
import coop.agora.platform.AnswerSource.SuggestedAnswer;
import coop.agora.platform.AnswerSuggestions;
import coop.agora.platform.Languages;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@AgoraIntegrationTest
class KnowledgeSearchTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    AnswerSuggestions suggestions;

    @Test
    void anInflectedDutchWordFindsItsArticle() {
        assertThat(new Visitor(mvc).speaking("nl-BE").get("/knowledge/search?q=facturen")).hasStatusOk().bodyText()
                .contains("Je eerste factuur maken, stap voor stap");
    }

    @Test
    void accentsDoNotMatterAndMatchingWordsAreMarked() {
        var page = new Visitor(mvc).get("/knowledge/search?q=assemblee+generale");

        assertThat(page).hasStatusOk().bodyText().contains("Devenir associé : les parts sociales");
        assertThat(page).body().asString().contains("<mark>");
    }

    @Test
    void visitorsDoNotFindMembersOnlyArticles() {
        assertThat(new Visitor(mvc).get("/knowledge/search?q=acompte")).bodyText().doesNotContain("Demander un acompte");
        assertThat(Editors.signedIn(mvc, "member@agora.example").get("/knowledge/search?q=acompte")).bodyText().contains("Demander un acompte");
    }

    @Test
    void anHtmxSearchGetsTheResultsOnly() {
        var results = new Visitor(mvc).get("/knowledge/search?q=droits+d%27auteur", "HX-Request", "true");

        assertThat(results).hasStatusOk().body().asString().startsWith("<div id=\"results\"").contains("Céder ou licencier vos droits d'auteur");
    }

    @Test
    void aQuestionGetsGuidesAndFrequentQuestionsAsSuggestions() {
        var found = suggestions.suggest("Quelle TVA facturer à une entreprise en France ?", Languages.FRENCH, 5);

        assertThat(found).extracting(SuggestedAnswer::source).contains("knowledge", "faq");
        assertThat(found).extracting(SuggestedAnswer::title).contains("La TVA sur vos factures en Belgique et en France");
        assertThat(found).allSatisfy(answer -> assertThat(answer.snippet()).doesNotContain("<"));
    }

    @Test
    void aMemberTypingAQuestionSeesGuidesAndFrequentQuestions() {
        var member = Editors.signedIn(mvc, "member@agora.example");

        assertThat(member.get("/knowledge/suggestions?q=TVA+client+France", "HX-Request", "true")).hasStatusOk().bodyText()
                .contains("La TVA sur vos factures en Belgique et en France").contains("Question fréquente");
    }
}
