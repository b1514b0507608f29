package coop.agora.knowledge;

/**
 * How easy a text reads and what the score was computed from.
 *
 * @param score 0 to 100, higher is easier
 */
public record ReadabilityScore(int score, int words, int sentences, double wordsPerSentence, double syllablesPerWord) {

    /** A text key for how hard the text reads. */
    public String levelKey() {
        if (score >= 80) {
            return "knowledge.readability.veryEasy";
        }
        if (score >= 60) {
            return "knowledge.readability.easy";
        }
        if (score >= 40) {
            return "knowledge.readability.difficult";
        }
        return "knowledge.readability.veryDifficult";
    }
}
