package coop.agora.recommendations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.core.io.ClassPathResource;

/** Reading a cycle from Markdown and CSV, and naming the line of the first problem. */
class CycleFileTests {

    @Test
    void theDemoCycleReadsAsTwentyTwoRecommendationsWithTheirPointsAndReferences() throws Exception {
        var file = CycleFile.markdown(demo());

        assertThat(file.items()).hasSize(22);
        var nine = file.items().get(8);
        assertThat(nine.number()).isEqualTo(9);
        assertThat(nine.theme()).isEqualTo("Networking, créations d’opportunités et partenariat");
        assertThat(nine.groups()).containsExactly("BE-ACC2", "FR-ACC1");
        assertThat(nine.subPoints()).containsKeys("a", "b", "c");
        assertThat(nine.see()).extracting(CycleFile.Reference::label).contains("2", "13", "22").doesNotContain("9", "9.c");
        assertThat(file.items().get(1).text()).isEmpty();
        assertThat(file.items().get(1).subPoints()).hasSize(4);
    }

    @Test
    void aCsvFileGivesRecommendationsAndTheRowsOfTheirPoints() throws Exception {
        var file = CycleFile.csv("""
                number,theme,groups,title,text,see
                1,Vie coopérative,"BE-ACC1, FR-ACC1",Créer des assemblées,"Un texte **en Markdown**.",2
                2,Vie coopérative,BE-ACC1,Se rencontrer,,
                2.a,,,,Une journée d'échange,
                """);

        assertThat(file.items()).extracting(CycleFile.Item::number).containsExactly(1, 2);
        assertThat(file.items().get(0).groups()).containsExactly("BE-ACC1", "FR-ACC1");
        assertThat(file.items().get(0).see()).extracting(CycleFile.Reference::label).containsExactly("2");
        assertThat(file.items().get(1).subPoints()).containsEntry("a", "Une journée d'échange");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "'## Thème\n\n### 1. Titre\nTexte\n\n### Deux\nTexte'                  | recommendations.import.error.heading          | 6",
        "'## Thème\n### 1. Titre\nsee: 4\n\nTexte'                             | recommendations.import.error.missingReference | 3",
        "'Un texte perdu\n## Thème'                                             | recommendations.import.error.textOutside      | 1",
        "'## Thème\n#### a. Un point'                                           | recommendations.import.error.pointOutside     | 2",
        "'## Thème\n### 1. Titre\nTexte\n### 1. Encore\nTexte'                  | recommendations.import.error.duplicate        | 4",
        "'## Thème\n### 1. Titre\n\n### 2. Autre\nTexte'                        | recommendations.import.error.noText           | 2",
        "'## Thème\n### 1. Titre\nsee: 1\nTexte'                                | recommendations.import.error.selfReference    | 3",
    })
    void aBadMarkdownFileIsRefusedWithTheLineAtFault(String content, String key, long line) {
        assertThatThrownBy(() -> CycleFile.markdown(content.replace("\\n", "\n")))
                .isInstanceOfSatisfying(CycleFile.Unreadable.class, problem -> {
                    assertThat(problem.key()).isEqualTo(key);
                    assertThat(problem.line()).isEqualTo(line);
                });
    }

    @Test
    void aCsvPointBeforeItsRecommendationIsRefusedWithItsLine() {
        assertThatThrownBy(() -> CycleFile.csv("number,title,text\n1,Titre,Texte\n2.a,,Point\n"))
                .isInstanceOfSatisfying(CycleFile.Unreadable.class, problem -> {
                    assertThat(problem.key()).isEqualTo("recommendations.import.error.pointBeforeRecommendation");
                    assertThat(problem.line()).isEqualTo(3);
                });
    }

    @Test
    void aCsvFileWithoutTheNeededColumnsIsRefused() {
        assertThatThrownBy(() -> CycleFile.csv("numéro;titre\n1;Titre\n"))
                .isInstanceOfSatisfying(CycleFile.Unreadable.class, problem -> assertThat(problem.key()).isEqualTo("recommendations.import.error.csvHeader"));
    }

    static String demo() throws IOException {
        return new ClassPathResource("recommendations/demo-2020-2021-accompagnement.md").getContentAsString(StandardCharsets.UTF_8);
    }
}
