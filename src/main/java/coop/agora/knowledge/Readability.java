package coop.agora.knowledge;

import java.text.BreakIterator;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How easy a text is to read, on the 0–100 scale of Flesch's formula as adapted to each language:
 * Kandel and Moles for French, Douma for Dutch, Flesch himself for English. Higher is easier;
 * 60 and more suits most members.
 */
final class Readability {

    private static final Pattern VOWELS = Pattern.compile("[aeiouyàâäéèêëîïôöùûüœæ]+", Pattern.CASE_INSENSITIVE);
    private static final Pattern LETTERS = Pattern.compile(".*\\p{L}.*");

    private Readability() {}

    static ReadabilityScore of(String text, Locale language) {
        var plain = ArticleBody.plainText(text);
        var sentences = 0;
        var words = 0;
        var syllables = 0;
        var sentenceIterator = BreakIterator.getSentenceInstance(language);
        sentenceIterator.setText(plain);
        for (int start = sentenceIterator.first(), end = sentenceIterator.next(); end != BreakIterator.DONE;
                start = end, end = sentenceIterator.next()) {
            var sentenceWords = 0;
            var wordIterator = BreakIterator.getWordInstance(language);
            var sentence = plain.substring(start, end);
            wordIterator.setText(sentence);
            for (int from = wordIterator.first(), to = wordIterator.next(); to != BreakIterator.DONE; from = to, to = wordIterator.next()) {
                var word = sentence.substring(from, to);
                if (LETTERS.matcher(word).matches()) {
                    sentenceWords++;
                    syllables += syllables(word, language);
                }
            }
            if (sentenceWords > 0) {
                sentences++;
                words += sentenceWords;
            }
        }
        if (words == 0) {
            return new ReadabilityScore(100, 0, 0, 0, 0);
        }
        var wordsPerSentence = (double) words / sentences;
        var syllablesPerWord = (double) syllables / words;
        var score = switch (language.getLanguage()) {
            case "nl" -> 206.835 - 0.93 * wordsPerSentence - 77 * syllablesPerWord;
            case "en" -> 206.835 - 1.015 * wordsPerSentence - 84.6 * syllablesPerWord;
            default -> 207 - 1.015 * wordsPerSentence - 73.6 * syllablesPerWord;
        };
        return new ReadabilityScore((int) Math.round(Math.max(0, Math.min(100, score))), words, sentences, wordsPerSentence, syllablesPerWord);
    }

    /** Groups of vowels, less a silent final e in French and English. */
    static int syllables(String word, Locale language) {
        var lower = word.toLowerCase(language);
        var count = (int) VOWELS.matcher(lower).results().count();
        var silentE = !language.getLanguage().equals("nl")
                && (lower.endsWith("e") || lower.endsWith("es") || (language.getLanguage().equals("fr") && lower.endsWith("ent")))
                && !lower.endsWith("ée") && !lower.endsWith("ées");
        if (silentE && count > 1) {
            count--;
        }
        return Math.max(1, count);
    }
}
