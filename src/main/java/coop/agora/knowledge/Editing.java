package coop.agora.knowledge;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writing the knowledge base: new articles and translations, saved versions, publishing and
 * restoring. Every save is a new version; readers see only what was published.
 */
@Service
class Editing {

    private final ArticleGroups groups;
    private final Articles articles;
    private final Versions versions;
    private final JdbcClient db;

    Editing(ArticleGroups groups, Articles articles, Versions versions, JdbcClient db) {
        this.groups = groups;
        this.articles = articles;
        this.versions = versions;
        this.db = db;
    }

    @Transactional
    long create(Description description, String language, ArticleText text, long editorId) {
        var group = groups.save(new ArticleGroup(description.level(), description.categoryId(), description.kind(), description.visibility(),
                editorId, description.reviewBefore()));
        return addTranslation(group, language, text, editorId);
    }

    /** A translation in a language the article does not have yet; the database refuses a second one. */
    @Transactional
    long translate(long groupId, Description description, String language, ArticleText text, long editorId) {
        var group = groups.findById(groupId).orElseThrow();
        describe(group, description);
        return addTranslation(group, language, text, editorId);
    }

    private long addTranslation(ArticleGroup group, String language, ArticleText text, long editorId) {
        var article = articles.saveAndFlush(new Article(group, language, editorId));
        versions.add(article.id(), article.recordVersion(text), text, editorId);
        return article.id();
    }

    @Transactional
    void save(long articleId, Description description, ArticleText text, long editorId) {
        var article = articles.findById(articleId).orElseThrow();
        describe(article.group(), description);
        versions.add(articleId, article.recordVersion(text), text, editorId);
    }

    private static void describe(ArticleGroup group, Description description) {
        group.describe(description.level(), description.categoryId(), description.kind(), description.visibility(), description.reviewBefore());
    }

    @Transactional
    void publish(long articleId, LocalDate today) {
        var article = articles.findById(articleId).orElseThrow();
        var latest = article.latestVersion();
        article.publish(versions.text(articleId, latest).orElseThrow(), latest, today);
    }

    @Transactional
    void unpublish(long articleId) {
        var article = articles.findById(articleId).orElseThrow();
        article.unpublish(versions.text(articleId, article.latestVersion()).orElseThrow());
    }

    @Transactional
    void reviewed(long articleId, LocalDate today) {
        articles.findById(articleId).orElseThrow().reviewed(today);
    }

    /** An old version comes back as the newest one, to publish when the editor is ready. */
    @Transactional
    boolean restore(long articleId, int number, long editorId) {
        var article = articles.findById(articleId).orElseThrow();
        var text = versions.text(articleId, number);
        if (text.isEmpty()) {
            return false;
        }
        versions.add(articleId, article.recordVersion(text.get()), text.get(), editorId);
        return true;
    }

    @Transactional(readOnly = true)
    Optional<Draft> draft(long articleId) {
        return articles.findById(articleId).map(article -> {
            var group = article.group();
            var text = versions.text(articleId, article.latestVersion()).orElseThrow();
            var published = article.status() == Article.Status.PUBLISHED;
            return new Draft(articleId, group.id(), article.language(),
                    new Description(group.level(), group.categoryId(), group.kind(), group.visibility(), group.reviewBefore()), text, published,
                    published && !Integer.valueOf(article.latestVersion()).equals(article.publishedVersion()), article.latestVersion());
        });
    }

    @Transactional(readOnly = true)
    List<String> languagesOf(long groupId) {
        return db.sql("select language from knowledge.article where group_id = ? order by language").param(groupId).query(String.class).list();
    }

    /** The lines of a version compared with the one before it. */
    List<DiffLine> changes(long articleId, int number) {
        var after = versions.text(articleId, number).map(ArticleText::lines).orElse(List.of());
        var before = number > 1 ? versions.text(articleId, number - 1).map(ArticleText::lines).orElse(List.of()) : List.<String>of();
        var patch = DiffUtils.diff(before, after);
        var lines = new ArrayList<DiffLine>();
        int position = 0;
        for (AbstractDelta<String> delta : patch.getDeltas()) {
            for (; position < delta.getSource().getPosition(); position++) {
                lines.add(new DiffLine(DiffLine.Change.SAME, before.get(position)));
            }
            delta.getSource().getLines().forEach(line -> lines.add(new DiffLine(DiffLine.Change.REMOVED, line)));
            delta.getTarget().getLines().forEach(line -> lines.add(new DiffLine(DiffLine.Change.ADDED, line)));
            position += delta.getSource().size();
        }
        for (; position < before.size(); position++) {
            lines.add(new DiffLine(DiffLine.Change.SAME, before.get(position)));
        }
        return lines;
    }
}
