package coop.agora.forum;

import coop.agora.accounts.Members;
import coop.agora.platform.Texts;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.hibernate.search.engine.search.highlighter.dsl.HighlighterEncoder;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.web.util.HtmlUtils;

/**
 * Full-text search over posts in the categories the reader may see: each topic's language has its
 * own stemming, accents never matter, and the matching words are marked in a short passage.
 */
@Service
class ForumSearch {

    static final String UNLISTED = "unlisted";
    static final String MEMBERS_ONLY = "members-only";
    static final String GROUP_ONLY = "group-only";
    static final int PAGE_SIZE = 20;
    static final int MAX_PAGES = 50;
    static final int MAX_QUERY = 200;
    /** Between words: spaces and punctuation, but not the apostrophes and hyphens inside words such as "l'étranger". */
    private static final Pattern WORDS = Pattern.compile("[\\s\\p{Punct}&&[^'\\-]]+");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]");

    private final EntityManagerFactory entityManagers;
    private final JdbcClient db;
    private final Members members;
    private final Texts texts;

    ForumSearch(EntityManagerFactory entityManagers, JdbcClient db, Members members, Texts texts) {
        this.entityManagers = entityManagers;
        this.db = db;
        this.members = members;
        this.texts = texts;
    }

    /**
     * What a reader asks for; null filters are not applied. Visitors do not see members-only
     * categories; group categories show only when listed in {@code groupCategories} (null: all).
     */
    record Query(String words, boolean visitor, @Nullable Long category, @Nullable Boolean solved, @Nullable Long authorId, @Nullable String language,
            @Nullable Instant from, @Nullable Instant until, int page, @Nullable List<Long> groupCategories) {}

    /**
     * Runs in a session of its own, outside any transaction: the index answers without the
     * database, so a slow search holds no database connection that pages need.
     */
    SearchResults find(Query query, Locale locale) {
        try (var session = entityManagers.createEntityManager()) {
            return find(query, locale, session);
        }
    }

    private SearchResults find(Query query, Locale locale, EntityManager entityManager) {
        var words = query.words().strip();
        if (words.isEmpty() && query.authorId() == null) {
            return new SearchResults(List.of(), 0, true);
        }
        var text = words.length() > MAX_QUERY ? words.substring(0, MAX_QUERY) : words;
        var result = search(query, text, true, entityManager);
        if (result.total().hitCountLowerBound() == 0 && wordsOf(text).size() > 1) {
            result = search(query, text, false, entityManager);
        }
        var snippets = new HashMap<Long, String>();
        var ids = new ArrayList<Long>();
        for (var hit : result.hits()) {
            var id = (Long) hit.get(0);
            ids.add(id);
            for (int i = 1; i <= 3; i++) {
                var fragments = (List<?>) hit.get(i);
                if (fragments != null && !fragments.isEmpty()) {
                    snippets.put(id, String.valueOf(fragments.get(0)));
                }
            }
        }
        return new SearchResults(hits(ids, snippets, locale), result.total().hitCountLowerBound(), result.total().isHitCountExact());
    }

    /**
     * Posts with every word, in any form and any of the three languages; when none has them all,
     * the caller asks again for posts with any of them. Requiring every word is also what keeps a
     * search among a million posts fast: a common word alone matches a large share of them.
     */
    private SearchResult<List<?>> search(Query query, String text, boolean everyWord, EntityManager entityManager) {
        return Search.session(entityManager)
                .search(Post.class)
                .select(f -> f.composite()
                        .from(f.id(Long.class), f.highlight("textFr"), f.highlight("textNl"), f.highlight("textEn"))
                        .asList())
                .where((f, root) -> {
                    if (!text.isEmpty()) {
                        if (everyWord) {
                            for (var word : wordsOf(text)) {
                                root.add(f.match().fields("textFr", "textNl", "textEn").matching(word));
                            }
                        } else {
                            root.add(f.match().fields("textFr", "textNl", "textEn").matching(text));
                        }
                    }
                    root.add(f.not(f.match().field("restrictions").matching(UNLISTED)));
                    root.add(f.not(f.match().field("topic.restrictions").matching(UNLISTED)));
                    if (query.visitor()) {
                        root.add(f.not(f.match().field("topic.restrictions").matching(MEMBERS_ONLY)));
                    }
                    if (query.groupCategories() != null) {
                        var outsideGroups = f.not(f.match().field("topic.restrictions").matching(GROUP_ONLY));
                        var readable = f.or().add(outsideGroups);
                        query.groupCategories().forEach(id -> readable.add(f.match().field("topic.categoryId").matching(id)));
                        root.add(readable);
                    }
                    if (query.category() != null) {
                        root.add(f.match().field("topic.categoryId").matching(query.category()));
                    }
                    if (query.solved() != null) {
                        root.add(f.match().field("topic.solved").matching(query.solved()));
                    }
                    if (query.authorId() != null) {
                        root.add(f.match().field("authorId").matching(query.authorId()));
                    }
                    if (query.language() != null) {
                        root.add(f.match().field("topic.language").matching(query.language()));
                    }
                    if (query.from() != null || query.until() != null) {
                        var range = f.range().field("createdAt");
                        if (query.from() != null && query.until() != null) {
                            root.add(range.between(query.from(), query.until()));
                        } else if (query.from() != null) {
                            root.add(range.atLeast(query.from()));
                        } else {
                            root.add(range.lessThan(query.until()));
                        }
                    }
                })
                // Posts are short: analysing the twenty shown again costs less than the unified highlighter's set-up for each.
                .highlighter(f -> f.plain().encoder(HighlighterEncoder.HTML).tag("<mark>", "</mark>")
                        .numberOfFragments(1))
                // Without words, a member's posts come newest first.
                .sort(f -> text.isEmpty() ? f.field("createdAt").desc() : f.score())
                // Counting every match of a common word costs more than finding the best ones.
                .totalHitCountThreshold(MAX_PAGES * PAGE_SIZE)
                .fetch(Math.min(query.page(), MAX_PAGES - 1) * PAGE_SIZE, PAGE_SIZE);
    }

    private static List<String> wordsOf(String text) {
        return WORDS.splitAsStream(text).filter(word -> WORD.matcher(word).find()).toList();
    }

    private List<SearchHit> hits(List<Long> ids, java.util.Map<Long, String> snippets, Locale locale) {
        if (ids.isEmpty()) {
            return List.of();
        }
        record Row(long postId, long topicId, String title, long categoryId, @Nullable Long authorId, Instant createdAt, boolean solved) {}
        var rows = new HashMap<Long, Row>();
        db.sql("""
                        select p.id, t.id as topic_id, t.title, t.category_id, p.author_id, p.created_at, t.solution_post_id is not null as solved
                        from forum.post p join forum.topic t on t.id = p.topic_id where p.id = any(?)""")
                .param(ids.toArray(Long[]::new))
                .query(row -> {
                    rows.put(row.getLong("id"), new Row(row.getLong("id"), row.getLong("topic_id"), row.getString("title"),
                            row.getLong("category_id"), ForumReads.nullableLong(row, "author_id"),
                            row.getTimestamp("created_at").toInstant(), row.getBoolean("solved")));
                });
        var people = new HashSet<Long>();
        rows.values().forEach(row -> {
            if (row.authorId() != null) {
                people.add(row.authorId());
            }
        });
        var names = members.displayNames(people, locale);
        var former = texts.get("forum.formerMember", locale);
        return ids.stream()
                .filter(rows::containsKey)
                .map(rows::get)
                .map(row -> new SearchHit(row.postId(), row.topicId(), row.title(), row.categoryId(), row.authorId(),
                        row.authorId() == null ? former : names.getOrDefault(row.authorId(), former), row.createdAt(), row.solved(),
                        snippets.getOrDefault(row.postId(), HtmlUtils.htmlEscape(row.title()))))
                .toList();
    }
}
