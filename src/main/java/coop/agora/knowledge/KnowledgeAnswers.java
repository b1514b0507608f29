package coop.agora.knowledge;

import coop.agora.forum.Faq;
import coop.agora.platform.AnswerSource;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * Suggests guides and the forum's frequent questions for a member's question. Scores are the rank
 * within each list, from 1 down, so that the best guide and the best frequent question weigh the
 * same whatever the search engine's raw scores.
 */
@Component
class KnowledgeAnswers implements AnswerSource {

    private static final Pattern TAGS = Pattern.compile("<[^>]*>");
    private static final int SNIPPET = 200;

    private final KnowledgeSearch search;
    private final Faq faq;

    KnowledgeAnswers(KnowledgeSearch search, Faq faq) {
        this.search = search;
        this.faq = faq;
    }

    @Override
    public List<SuggestedAnswer> suggest(String question, Locale language, int limit) {
        var answers = new ArrayList<SuggestedAnswer>();
        var articles = search.answers(question, true, language, limit);
        for (int i = 0; i < articles.size(); i++) {
            var hit = articles.get(i);
            answers.add(new SuggestedAnswer("knowledge", hit.title(), plain(hit.snippetHtml()), hit.href(), rank(i, limit)));
        }
        var entries = faq.suggest(question, language.getLanguage(), limit);
        for (int i = 0; i < entries.size(); i++) {
            var entry = entries.get(i);
            answers.add(new SuggestedAnswer("faq", entry.question(), plain(entry.answerHtml()), "/forum/t/" + entry.topicId(), rank(i, limit) - 0.01f));
        }
        answers.sort(Comparator.comparingDouble(SuggestedAnswer::score).reversed());
        return answers.size() > limit ? List.copyOf(answers.subList(0, limit)) : answers;
    }

    private static float rank(int position, int limit) {
        return 1.0f - (float) position / Math.max(limit, 1);
    }

    private static String plain(String html) {
        var text = HtmlUtils.htmlUnescape(TAGS.matcher(html).replaceAll("")).replaceAll("\\s+", " ").strip();
        return text.length() > SNIPPET ? text.substring(0, SNIPPET - 1) + "…" : text;
    }
}
