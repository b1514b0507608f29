package coop.agora.forum;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The questions that come back often, answered once: entries promoted by moderators from solved
 * topics. Other modules, such as the knowledge base, read them here.
 */
@Service
public class Faq {

    static final int MAX_QUERY = 200;
    private static final float READER_LANGUAGE_FIRST = 1000f;

    private final PromotedAnswers answers;
    private final EntityManager entityManager;

    Faq(PromotedAnswers answers, EntityManager entityManager) {
        this.answers = answers;
        this.entityManager = entityManager;
    }

    /** Every published entry, grouped by category (the theme), newest first within a category. */
    @Transactional(readOnly = true)
    public List<FaqEntry> all() {
        return answers.findAllByPublishedTrueOrderByCategoryIdAscPromotedAtDesc().stream().map(PromotedAnswer::entry).toList();
    }

    /** Entries moderators took out of the FAQ, which they may publish again. */
    @Transactional(readOnly = true)
    List<FaqEntry> unpublished() {
        return answers.findAllByPublishedFalseOrderByCategoryIdAscPromotedAtDesc().stream().map(PromotedAnswer::entry).toList();
    }

    @Transactional(readOnly = true)
    public Optional<FaqEntry> find(long id) {
        return answers.findById(id).map(PromotedAnswer::entry);
    }

    /**
     * Published entries matching the words in any language, tolerant to accents and word forms ("factures"
     * finds "facturer"), best first.
     */
    @Transactional(readOnly = true)
    public List<FaqEntry> search(String query) {
        var words = query.strip();
        if (words.isEmpty()) {
            return all();
        }
        var text = words.length() > MAX_QUERY ? words.substring(0, MAX_QUERY) : words;
        return Search.session(entityManager)
                .search(PromotedAnswer.class)
                .where(f -> f.bool()
                        .must(f.match().fields("textFr", "textNl", "textEn").matching(text))
                        .mustNot(f.match().field("published").matching(false)))
                .fetchHits(50)
                .stream()
                .map(PromotedAnswer::entry)
                .toList();
    }

    /**
     * At most {@code limit} entries matching any word of a question, those in {@code language}
     * first, best first within each language. Only the entries returned are read from the database.
     */
    @Transactional(readOnly = true)
    public List<FaqEntry> suggest(String question, String language, int limit) {
        var words = question.strip();
        if (words.isEmpty() || limit <= 0) {
            return List.of();
        }
        var text = words.length() > MAX_QUERY ? words.substring(0, MAX_QUERY) : words;
        return Search.session(entityManager)
                .search(PromotedAnswer.class)
                .where(f -> f.bool()
                        .must(f.match().fields("textFr", "textNl", "textEn").matching(text))
                        // Far above any text score: the reader's language comes first, as a sort would put it.
                        .should(f.match().field("language").matching(language).constantScore().boost(READER_LANGUAGE_FIRST)))
                .totalHitCountThreshold(limit)
                .fetchHits(limit)
                .stream()
                .map(PromotedAnswer::entry)
                .toList();
    }
}
