package coop.agora.knowledge;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import coop.agora.accounts.Members;
import coop.agora.platform.Texts;
import java.sql.Date;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * What readers browse: levels, their categories and the articles in them, each shown in the
 * reader's language when it is published in it. Visitors see public articles only.
 */
@Service
class Catalog {

    private static final String PREFERENCE = "a.language = ? desc, array_position(array['fr', 'nl', 'en'], a.language)";

    private final JdbcClient db;
    private final ArticleBody bodies;
    private final Members members;
    private final Texts texts;
    private final Glossary glossary;
    private volatile @Nullable List<KnowledgeCategory> categories;
    /**
     * Bodies made safe and marked with the glossary, by translation, time of its last change and
     * glossary version: rendering Markdown costs more than the rest of the page together.
     */
    private final Cache<String, Rendered> rendered = Caffeine.newBuilder().maximumSize(5_000).build();

    private record Rendered(String body, List<ArticlePage.Step> steps) {}

    Catalog(JdbcClient db, ArticleBody bodies, Members members, Texts texts, Glossary glossary) {
        this.glossary = glossary;
        this.db = db;
        this.bodies = bodies;
        this.members = members;
        this.texts = texts;
    }

    List<KnowledgeCategory> categories() {
        var known = categories;
        if (known == null) {
            known = db.sql("select id, slug, name_fr, name_nl, name_en, position from knowledge.category order by position")
                    .query(KnowledgeCategory.class).list();
            categories = known;
        }
        return known;
    }

    Optional<KnowledgeCategory> category(long id) {
        return categories().stream().filter(category -> category.id() == id).findFirst();
    }

    Optional<KnowledgeCategory> category(String slug) {
        return categories().stream().filter(category -> category.slug().equals(slug)).findFirst();
    }

    /** The categories of a level that hold at least one article the reader may read. */
    List<CategoryCount> categoriesOf(Level level, boolean member) {
        var counts = new HashMap<Long, Long>();
        db.sql("""
                        select g.category_id, count(*) as articles from knowledge.article_group g
                        where g.level = ? and (g.visibility = 'PUBLIC' or ?)
                          and exists (select 1 from knowledge.article a where a.group_id = g.id and a.status = 'PUBLISHED')
                        group by g.category_id""")
                .params(level.name(), member)
                .query(row -> {
                    counts.put(row.getLong("category_id"), row.getLong("articles"));
                });
        return categories().stream().filter(category -> counts.containsKey(category.id()))
                .map(category -> new CategoryCount(category, counts.get(category.id()))).toList();
    }

    List<ArticleLink> articlesIn(Level level, long categoryId, boolean member, Locale language) {
        var links = db.sql("""
                        select distinct on (g.id) g.id, a.language, a.title, a.summary, g.kind
                        from knowledge.article_group g join knowledge.article a on a.group_id = g.id and a.status = 'PUBLISHED'
                        where g.level = ? and g.category_id = ? and (g.visibility = 'PUBLIC' or ?)
                        order by g.id, %s""".formatted(PREFERENCE))
                .params(level.name(), categoryId, member, language.getLanguage())
                .query((row, n) -> new ArticleLink(row.getLong("id"), row.getString("language"), row.getString("title"), row.getString("summary"),
                        ArticleKind.valueOf(row.getString("kind"))))
                .list();
        var sorted = new ArrayList<>(links);
        var collator = java.text.Collator.getInstance(language);
        sorted.sort((a, b) -> collator.compare(a.title(), b.title()));
        return sorted;
    }

    /** Every published article, once, in the reader's language when there is one, by level and category. */
    List<ArticleLink> allPublished(Locale language) {
        return db.sql("""
                        select * from (
                          select distinct on (g.id) g.id, g.level, g.category_id, a.language, a.title, a.summary, g.kind
                          from knowledge.article_group g join knowledge.article a on a.group_id = g.id and a.status = 'PUBLISHED'
                          order by g.id, %s) best
                        order by array_position(array['NEWCOMER', 'BASIC', 'EXPERT'], level), category_id, title""".formatted(PREFERENCE))
                .param(language.getLanguage())
                .query((row, n) -> new ArticleLink(row.getLong("id"), row.getString("language"), row.getString("title"), row.getString("summary"),
                        ArticleKind.valueOf(row.getString("kind"))))
                .list();
    }

    /** The language to show an article in: the reader's own if it is published in it, else the first published. */
    Optional<String> bestLanguage(long groupId, Locale language) {
        return db.sql("""
                        select a.language from knowledge.article a where a.group_id = ? and a.status = 'PUBLISHED'
                        order by %s limit 1""".formatted(PREFERENCE))
                .params(groupId, language.getLanguage())
                .query(String.class)
                .optional();
    }

    /** The address of a published translation. */
    Optional<String> pathOf(long articleId) {
        return db.sql("select group_id, language from knowledge.article where id = ? and status = 'PUBLISHED'")
                .param(articleId)
                .query((row, n) -> "/knowledge/articles/" + row.getLong("group_id") + "/" + row.getString("language"))
                .optional();
    }

    /** Who may read an article, without reading the article. */
    Optional<ArticleVisibility> visibility(long groupId) {
        return db.sql("select visibility from knowledge.article_group where id = ?").param(groupId).query(String.class).optional()
                .map(ArticleVisibility::valueOf);
    }

    /** A translation as readers see it, published or not: the caller decides who may see a draft. */
    Optional<ArticlePage> page(long groupId, String language, Locale readerLanguage) {
        record Row(long id, String language, String status, String title, String summary, String body, List<String> stepTitles,
                List<String> stepBodies, List<String> tags, @Nullable Long authorId, @Nullable Date reviewedOn, String level, long categoryId,
                String kind, String visibility, @Nullable Long ownerId, @Nullable Date reviewBefore, List<String> languages, long updatedAt) {}
        var found = db.sql("""
                        select a.id, a.language, a.status, a.title, a.summary, a.body, a.step_titles, a.step_bodies, a.tags, a.author_id,
                               a.last_reviewed_on, a.updated_at, g.level, g.category_id, g.kind, g.visibility, g.owner_id, g.review_before,
                               array(select o.language from knowledge.article o where o.group_id = g.id and o.status = 'PUBLISHED'
                                     order by array_position(array['fr', 'nl', 'en'], o.language)) as languages
                        from knowledge.article a join knowledge.article_group g on g.id = a.group_id
                        where a.group_id = ? and a.language = ?""")
                .params(groupId, language)
                .query((row, n) -> new Row(row.getLong("id"), row.getString("language"), row.getString("status"), row.getString("title"),
                        row.getString("summary"), row.getString("body"), Versions.strings(row.getArray("step_titles")),
                        Versions.strings(row.getArray("step_bodies")), Versions.strings(row.getArray("tags")), (Long) row.getObject("author_id"),
                        row.getDate("last_reviewed_on"), row.getString("level"), row.getLong("category_id"), row.getString("kind"),
                        row.getString("visibility"), (Long) row.getObject("owner_id"), row.getDate("review_before"),
                        Versions.strings(row.getArray("languages")), row.getTimestamp("updated_at").getTime()))
                .optional();
        return found.map(row -> {
            var people = new HashSet<Long>();
            if (row.authorId() != null) {
                people.add(row.authorId());
            }
            if (row.ownerId() != null) {
                people.add(row.ownerId());
            }
            Map<Long, String> names = members.displayNames(people, readerLanguage);
            var former = texts.get("knowledge.formerMember", readerLanguage);
            var shown = rendered.get(row.id() + ":" + row.updatedAt() + ":" + glossary.version(), key -> {
                var articleLanguage = Locale.forLanguageTag(row.language());
                var marked = new HashSet<Long>();
                var body = glossary.annotate(bodies.toHtml(row.body(), articleLanguage), row.language(), marked);
                var steps = new ArrayList<ArticlePage.Step>();
                for (int i = 0; i < row.stepTitles().size(); i++) {
                    steps.add(new ArticlePage.Step(row.stepTitles().get(i), glossary.annotate(
                            bodies.toHtml(i < row.stepBodies().size() ? row.stepBodies().get(i) : "", articleLanguage), row.language(), marked)));
                }
                return new Rendered(body, List.copyOf(steps));
            });
            return new ArticlePage(row.id(), groupId, row.language(), Level.valueOf(row.level()), category(row.categoryId()).orElseThrow(),
                    ArticleKind.valueOf(row.kind()), ArticleVisibility.valueOf(row.visibility()), row.status().equals("PUBLISHED"), row.title(),
                    row.summary(), shown.body(), shown.steps(), row.tags(),
                    row.authorId() == null ? former : names.get(row.authorId()), row.ownerId() == null ? former : names.get(row.ownerId()),
                    row.reviewedOn() == null ? null : row.reviewedOn().toLocalDate(),
                    row.reviewBefore() == null ? null : row.reviewBefore().toLocalDate(), row.languages());
        });
    }
}
