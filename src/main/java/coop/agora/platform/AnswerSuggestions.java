package coop.agora.platform;

import coop.agora.platform.AnswerSource.SuggestedAnswer;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/** Answers that may spare a member a question, gathered from every {@link AnswerSource}. */
@Service
public class AnswerSuggestions {

    private static final Logger log = LoggerFactory.getLogger(AnswerSuggestions.class);
    private static final int SHORTEST_QUESTION = 3;

    private final List<AnswerSource> sources;

    AnswerSuggestions(List<AnswerSource> sources) {
        this.sources = List.copyOf(sources);
    }

    /**
     * The best {@code limit} answers across sources. A failing source is left out rather than
     * failing the member's form: suggestions help, they must never stand in the way.
     */
    public List<SuggestedAnswer> suggest(String question, Locale language, int limit) {
        var words = question.strip();
        if (words.length() < SHORTEST_QUESTION || limit <= 0) {
            return List.of();
        }
        return sources.stream()
                .flatMap(source -> {
                    try {
                        return source.suggest(words, language, limit).stream();
                    } catch (RuntimeException e) {
                        log.warn("Answer source {} failed for a question; left out", source.getClass().getSimpleName(), e);
                        return Stream.empty();
                    }
                })
                .sorted(Comparator.comparingDouble(SuggestedAnswer::score).reversed())
                .limit(limit)
                .toList();
    }
}
