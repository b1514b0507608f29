package coop.agora.platform;

import java.util.List;
import java.util.Locale;

/**
 * Something that may already answer a member's question, such as knowledge-base articles or
 * forum FAQ entries. Modules provide sources; {@link AnswerSuggestions} asks them all.
 */
public interface AnswerSource {

    /** At most {@code limit} answers to a question written in {@code language}, best first. */
    List<SuggestedAnswer> suggest(String question, Locale language, int limit);

    /**
     * An answer to suggest: where it comes from ("knowledge", "faq"), its title, a plain-text
     * snippet, a link inside Agora and the source's own relevance score.
     */
    record SuggestedAnswer(String source, String title, String snippet, String path, float score) {}
}
