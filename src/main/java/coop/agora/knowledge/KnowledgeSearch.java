package coop.agora.knowledge;

import jakarta.persistence.EntityManagerFactory;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hibernate.search.engine.search.highlighter.dsl.HighlighterEncoder;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.web.util.HtmlUtils;

/**
 * Full-text search over published articles: each translation is stemmed in its own language,
 * accents never matter, and the reader's language comes first when several translations match.
 */
@Service
class KnowledgeSearch {

    static final int MAX_QUERY = 200;
    static final int PAGE_SIZE = 20;
    private static final String[] TITLES = {"titleFr", "titleNl", "titleEn"};
    private static final String[] TEXTS = {"textFr", "textNl", "textEn"};

    private final EntityManagerFactory entityManagers;
    private final JdbcClient db;

    KnowledgeSearch(EntityManagerFactory entityManagers, JdbcClient db) {
        this.entityManagers = entityManagers;
        this.db = db;
    }

    /**
     * The best articles for the words, one translation per article. Runs in a session of its own,
     * outside any transaction: the index answers without the database.
     */
    List<KnowledgeHit> find(String words, boolean member, Locale language, int limit) {
        var text = words.strip();
        if (text.isEmpty()) {
            return List.of();
        }
        if (text.length() > MAX_QUERY) {
            text = text.substring(0, MAX_QUERY);
        }
        var query = text;
        List<List<?>> hits;
        try (var session = entityManagers.createEntityManager()) {
            hits = Search.session(session)
                    .search(Article.class)
                    .select(f -> f.composite()
                            .from(f.id(Long.class), f.score(), f.highlight("textFr"), f.highlight("textNl"), f.highlight("textEn"))
                            .asList())
                    .where(f -> f.bool(bool -> {
                        bool.must(f.bool()
                                .should(f.match().fields(TITLES).matching(query).boost(2.0f))
                                .should(f.match().fields(TEXTS).matching(query)));
                        bool.filter(f.match().field("status").matching(Article.Status.PUBLISHED));
                        if (!member) {
                            bool.filter(f.match().field("group.visibility").matching(ArticleVisibility.PUBLIC));
                        }
                        bool.should(f.match().field("language").matching(language.getLanguage()).boost(0.5f));
                    }))
                    .highlighter(f -> f.unified().encoder(HighlighterEncoder.HTML).tag("<mark>", "</mark>").numberOfFragments(1))
                    .fetchHits(limit * 3);
        }
        var scores = new HashMap<Long, Float>();
        var snippets = new HashMap<Long, String>();
        var ids = new ArrayList<Long>();
        for (var hit : hits) {
            var id = (Long) hit.get(0);
            ids.add(id);
            scores.put(id, (Float) hit.get(1));
            for (int i = 2; i <= 4; i++) {
                var fragments = (List<?>) hit.get(i);
                if (fragments != null && !fragments.isEmpty()) {
                    snippets.put(id, String.valueOf(fragments.get(0)));
                }
            }
        }
        return hits(ids, scores, snippets, limit);
    }

    private List<KnowledgeHit> hits(List<Long> ids, Map<Long, Float> scores, Map<Long, String> snippets, int limit) {
        if (ids.isEmpty()) {
            return List.of();
        }
        record Row(long id, long groupId, String language, String title, String summary, Level level, ArticleKind kind) {}
        var rows = new HashMap<Long, Row>();
        db.sql("""
                        select a.id, a.group_id, a.language, a.title, a.summary, g.level, g.kind
                        from knowledge.article a join knowledge.article_group g on g.id = a.group_id
                        where a.id = any(?) and a.status = 'PUBLISHED'""")
                .param(ids.toArray(Long[]::new))
                .query(row -> {
                    rows.put(row.getLong("id"), new Row(row.getLong("id"), row.getLong("group_id"), row.getString("language"),
                            row.getString("title"), row.getString("summary"), Level.valueOf(row.getString("level")),
                            ArticleKind.valueOf(row.getString("kind"))));
                });
        var groups = new HashSet<Long>();
        var found = new ArrayList<KnowledgeHit>();
        for (var id : ids) {
            var row = rows.get(id);
            if (row == null || !groups.add(row.groupId())) {
                continue;
            }
            var snippet = snippets.getOrDefault(id, HtmlUtils.htmlEscape(row.summary()));
            found.add(new KnowledgeHit(id, row.groupId(), row.language(), row.title(), snippet, row.level(), row.kind(), scores.get(id)));
            if (found.size() == limit) {
                break;
            }
        }
        return found;
    }
}
