package coop.agora.knowledge;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.hibernate.search.engine.search.highlighter.dsl.HighlighterEncoder;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.web.util.HtmlUtils;

/**
 * Full-text search over published articles: each translation is stemmed in its own language,
 * accents never matter, and the reader's language comes first when several translations match.
 *
 * <p>A first pass reads only ids, guides and languages from the index, so keeping one translation
 * per guide costs little; only the articles shown are then read from the database, and only their
 * own language's text is highlighted.
 */
@Service
class KnowledgeSearch {

    static final int MAX_QUERY = 200;
    static final int PAGE_SIZE = 20;
    /** Up to three translations of a guide may match: enough candidates to fill a page with distinct guides. */
    private static final int CANDIDATES_PER_GUIDE = 3;
    private static final String[] TITLES = {"titleFr", "titleNl", "titleEn"};
    private static final String[] TEXTS = {"textFr", "textNl", "textEn"};
    private static final Map<String, String> TEXT_OF_LANGUAGE = Map.of("fr", "textFr", "nl", "textNl", "en", "textEn");
    /** Between words: spaces and punctuation, but not the apostrophes and hyphens inside words such as "l'étranger". */
    private static final Pattern WORDS = Pattern.compile("[\\s\\p{Punct}&&[^'\\-]]+");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]");

    private final EntityManagerFactory entityManagers;
    private final JdbcClient db;

    KnowledgeSearch(EntityManagerFactory entityManagers, JdbcClient db) {
        this.entityManagers = entityManagers;
        this.db = db;
    }

    /** Whether hits carry a passage with the matching words marked, or the article's summary. */
    enum Snippets {
        MARKED,
        SUMMARY
    }

    private record Candidate(long articleId, long groupId, String language, float score) {}

    /**
     * The best articles for the words, one translation per article. Articles with every word come
     * first; when none has them all, articles with any of them. Runs in a session of its own,
     * outside any transaction: the index answers without the database.
     */
    List<KnowledgeHit> find(String words, boolean member, Locale language, int limit) {
        return find(words, member, language, limit, Snippets.MARKED, true);
    }

    /**
     * The best articles for a question in a sentence, with their summaries: a question has words
     * that no guide holds, so any of them counts, and nothing is highlighted.
     */
    List<KnowledgeHit> answers(String question, boolean member, Locale language, int limit) {
        return find(question, member, language, limit, Snippets.SUMMARY, false);
    }

    private List<KnowledgeHit> find(String words, boolean member, Locale language, int limit, Snippets snippets, boolean everyWordFirst) {
        var text = words.strip();
        if (text.isEmpty() || limit <= 0) {
            return List.of();
        }
        if (text.length() > MAX_QUERY) {
            text = text.substring(0, MAX_QUERY);
        }
        var terms = wordsOf(text);
        try (var session = entityManagers.createEntityManager()) {
            var candidates = List.<Candidate>of();
            if (everyWordFirst && terms.size() > 1) {
                candidates = candidates(session, terms, member, language, limit);
            }
            if (candidates.isEmpty()) {
                candidates = candidates(session, List.of(text), member, language, limit);
            }
            var chosen = onePerGuide(candidates, limit);
            var marked = snippets == Snippets.MARKED ? marked(session, text, chosen) : Map.<Long, String>of();
            return hits(chosen, marked);
        }
    }

    /**
     * Ids, guides and languages of the best translations, every one of {@code required} matching:
     * read from the index alone, no text and no highlighting.
     */
    private List<Candidate> candidates(EntityManager session, List<String> required, boolean member, Locale language, int limit) {
        var fetched = limit * CANDIDATES_PER_GUIDE;
        return Search.session(session)
                .search(Article.class)
                .select(f -> f.composite()
                        .from(f.id(Long.class), f.field("group.id", Long.class), f.field("language", String.class), f.score())
                        .asList())
                .where(f -> f.bool(bool -> {
                    for (var words : required) {
                        bool.must(matching(f, words));
                    }
                    bool.filter(f.match().field("status").matching(Article.Status.PUBLISHED));
                    if (!member) {
                        bool.filter(f.match().field("group.visibility").matching(ArticleVisibility.PUBLIC));
                    }
                    bool.should(f.match().field("language").matching(language.getLanguage()).boost(0.5f));
                }))
                // Counting every match of a common word costs more than finding the best ones.
                .totalHitCountThreshold(fetched)
                .fetchHits(fetched)
                .stream()
                .map(hit -> new Candidate((Long) hit.get(0), (Long) hit.get(1), (String) hit.get(2), (Float) hit.get(3)))
                .toList();
    }

    private static PredicateFinalStep matching(SearchPredicateFactory f, String words) {
        return f.bool()
                .should(f.match().fields(TITLES).matching(words).boost(2.0f))
                .should(f.match().fields(TEXTS).matching(words));
    }

    private static List<Candidate> onePerGuide(List<Candidate> candidates, int limit) {
        var guides = new HashSet<Long>();
        var chosen = new ArrayList<Candidate>();
        for (var candidate : candidates) {
            if (guides.add(candidate.groupId())) {
                chosen.add(candidate);
                if (chosen.size() == limit) {
                    break;
                }
            }
        }
        return chosen;
    }

    /**
     * A passage with the words marked for each chosen article, highlighting only the text field of
     * the article's own language: one small query per language among the chosen.
     */
    private Map<Long, String> marked(EntityManager session, String text, List<Candidate> chosen) {
        var byLanguage = new LinkedHashMap<String, List<Long>>();
        chosen.forEach(candidate -> byLanguage.computeIfAbsent(candidate.language(), ignored -> new ArrayList<>()).add(candidate.articleId()));
        var snippets = new HashMap<Long, String>();
        byLanguage.forEach((language, ids) -> {
            var field = TEXT_OF_LANGUAGE.get(language);
            if (field == null) {
                return;
            }
            var hits = Search.session(session)
                    .search(Article.class)
                    .select(f -> f.composite().from(f.id(Long.class), f.highlight(field)).asList())
                    .where(f -> f.bool()
                            .must(f.match().field(field).matching(text))
                            .filter(f.id().matchingAny(ids)))
                    .highlighter(f -> f.unified().encoder(HighlighterEncoder.HTML).tag("<mark>", "</mark>").numberOfFragments(1))
                    .fetchHits(ids.size());
            for (var hit : hits) {
                var fragments = (List<?>) hit.get(1);
                if (fragments != null && !fragments.isEmpty()) {
                    snippets.put((Long) hit.get(0), String.valueOf(fragments.get(0)));
                }
            }
        });
        return snippets;
    }

    private List<KnowledgeHit> hits(List<Candidate> chosen, Map<Long, String> marked) {
        if (chosen.isEmpty()) {
            return List.of();
        }
        record Row(String title, String summary, Level level, ArticleKind kind) {}
        var rows = new HashMap<Long, Row>();
        db.sql("""
                        select a.id, a.title, a.summary, g.level, g.kind
                        from knowledge.article a join knowledge.article_group g on g.id = a.group_id
                        where a.id = any(?) and a.status = 'PUBLISHED'""")
                .param(chosen.stream().map(Candidate::articleId).toArray(Long[]::new))
                .query(row -> {
                    rows.put(row.getLong("id"), new Row(row.getString("title"), row.getString("summary"), Level.valueOf(row.getString("level")),
                            ArticleKind.valueOf(row.getString("kind"))));
                });
        var found = new ArrayList<KnowledgeHit>();
        for (var candidate : chosen) {
            var row = rows.get(candidate.articleId());
            if (row == null) {
                continue;
            }
            var snippet = marked.getOrDefault(candidate.articleId(), HtmlUtils.htmlEscape(row.summary()));
            found.add(new KnowledgeHit(candidate.articleId(), candidate.groupId(), candidate.language(), row.title(), snippet, row.level(),
                    row.kind(), candidate.score()));
        }
        return found;
    }

    private static List<String> wordsOf(String text) {
        return WORDS.splitAsStream(text).filter(word -> WORD.matcher(word).find()).toList();
    }
}
