package coop.agora.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import coop.agora.platform.Languages;
import org.junit.jupiter.api.Test;

class ReadabilityTests {

    @Test
    void shortSentencesOfShortWordsReadEasily() {
        var score = Readability.of("Vous trouvez vos clients. Vous fixez vos prix. La coopérative fait le reste.", Languages.FRENCH);

        assertThat(score.sentences()).isEqualTo(3);
        assertThat(score.words()).isEqualTo(13);
        assertThat(score.score()).isGreaterThanOrEqualTo(80);
    }

    @Test
    void oneLongSentenceOfLongWordsReadsWithDifficulty() {
        var score = Readability.of("""
                L'administration coopérative procède systématiquement à la vérification approfondie des déclarations \
                préalablement communiquées par les entrepreneurs conformément aux dispositions réglementaires applicables \
                concernant l'assujettissement à la taxe sur la valeur ajoutée intracommunautaire.""", Languages.FRENCH);

        assertThat(score.score()).isLessThan(40);
    }

    @Test
    void dutchUsesDoumasFormula() {
        var easy = Readability.of("Je zoekt je klanten. Je kiest je prijs. De coöperatie doet de rest.", Languages.DUTCH);
        var hard = Readability.of("""
                De coöperatieve administratie controleert systematisch de voorafgaandelijk meegedeelde \
                belastingaangiften overeenkomstig de toepasselijke reglementaire bepalingen inzake intracommunautaire btw-verplichtingen.""",
                Languages.DUTCH);

        assertThat(easy.score()).isGreaterThan(hard.score());
        assertThat(hard.levelKey()).isEqualTo("knowledge.readability.veryDifficult");
    }

    @Test
    void syllablesAreCountedAsVowelGroupsWithoutASilentFinalE() {
        assertThat(Readability.syllables("facture", Languages.FRENCH)).isEqualTo(2);
        assertThat(Readability.syllables("coopérative", Languages.FRENCH)).isEqualTo(4);
        assertThat(Readability.syllables("factuur", Languages.DUTCH)).isEqualTo(2);
        assertThat(Readability.syllables("invoice", Languages.ENGLISH)).isEqualTo(2);
    }
}
