package coop.agora.knowledge;

import coop.agora.platform.SearchAnalyzers;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.hibernate.annotations.DynamicUpdate;
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexedEmbedded;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;
import org.jspecify.annotations.Nullable;

/**
 * One translation of an article. Its columns hold what readers see: the published text, or the
 * latest draft while it was never published; every saved text is also kept as a version. The text
 * is indexed in the field of its language, so that Dutch words are stemmed as Dutch.
 */
@Entity
@Table(schema = "knowledge", name = "article")
@DynamicUpdate
@Indexed(index = "knowledge-article")
class Article {

    /** Published or still a draft. */
    enum Status {
        DRAFT,
        PUBLISHED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "group_id")
    @IndexedEmbedded(includePaths = {"id", "level", "visibility", "categoryId"})
    private ArticleGroup group;

    @KeywordField(projectable = Projectable.YES)
    private String language;

    @KeywordField
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    private Status status;

    private String title;

    private String summary;

    private String body;

    private String[] stepTitles;

    private String[] stepBodies;

    private String[] tags;

    private @Nullable Long authorId;

    private int latestVersion;

    private @Nullable Integer publishedVersion;

    private @Nullable Instant publishedAt;

    private @Nullable LocalDate lastReviewedOn;

    private Instant updatedAt;

    protected Article() {
        this.language = "fr";
        this.status = Status.DRAFT;
        this.title = "";
        this.summary = "";
        this.body = "";
        this.stepTitles = new String[0];
        this.stepBodies = new String[0];
        this.tags = new String[0];
        this.updatedAt = Instant.now();
        this.group = new ArticleGroup();
    }

    Article(ArticleGroup group, String language, long authorId) {
        this();
        this.group = group;
        this.language = language;
        this.authorId = authorId;
    }

    long id() {
        if (id == null) {
            throw new IllegalStateException("The article is not saved yet");
        }
        return id;
    }

    ArticleGroup group() {
        return group;
    }

    String language() {
        return language;
    }

    Status status() {
        return status;
    }

    String title() {
        return title;
    }

    int latestVersion() {
        return latestVersion;
    }

    @Nullable Integer publishedVersion() {
        return publishedVersion;
    }

    /** Counts a saved version; a draft that was never published shows it at once. */
    int recordVersion(ArticleText text) {
        latestVersion++;
        if (status == Status.DRAFT) {
            show(text);
        }
        return latestVersion;
    }

    void publish(ArticleText text, int version, LocalDate today) {
        show(text);
        this.status = Status.PUBLISHED;
        this.publishedVersion = version;
        if (publishedAt == null) {
            publishedAt = Instant.now();
        }
        this.lastReviewedOn = today;
    }

    void unpublish(ArticleText latest) {
        this.status = Status.DRAFT;
        this.publishedVersion = null;
        show(latest);
    }

    void reviewed(LocalDate today) {
        this.lastReviewedOn = today;
    }

    private void show(ArticleText text) {
        this.title = text.title();
        this.summary = text.summary();
        this.body = text.body();
        this.stepTitles = text.steps().stream().map(ArticleText.Step::title).toArray(String[]::new);
        this.stepBodies = text.steps().stream().map(ArticleText.Step::body).toArray(String[]::new);
        this.tags = text.tags().toArray(String[]::new);
        this.updatedAt = Instant.now();
    }

    @FullTextField(analyzer = SearchAnalyzers.FRENCH, highlightable = Highlightable.ANY)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "title")))
    @Nullable String getTitleFr() {
        return language.equals("fr") ? title : null;
    }

    @FullTextField(analyzer = SearchAnalyzers.DUTCH, highlightable = Highlightable.ANY)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "title")))
    @Nullable String getTitleNl() {
        return language.equals("nl") ? title : null;
    }

    @FullTextField(analyzer = SearchAnalyzers.ENGLISH, highlightable = Highlightable.ANY)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "title")))
    @Nullable String getTitleEn() {
        return language.equals("en") ? title : null;
    }

    @FullTextField(analyzer = SearchAnalyzers.FRENCH, highlightable = Highlightable.ANY)
    @IndexingDependency(derivedFrom = {@ObjectPath(@PropertyValue(propertyName = "summary")), @ObjectPath(@PropertyValue(propertyName = "body")),
            @ObjectPath(@PropertyValue(propertyName = "stepTitles")), @ObjectPath(@PropertyValue(propertyName = "stepBodies")),
            @ObjectPath(@PropertyValue(propertyName = "tags"))})
    @Nullable String getTextFr() {
        return language.equals("fr") ? text() : null;
    }

    @FullTextField(analyzer = SearchAnalyzers.DUTCH, highlightable = Highlightable.ANY)
    @IndexingDependency(derivedFrom = {@ObjectPath(@PropertyValue(propertyName = "summary")), @ObjectPath(@PropertyValue(propertyName = "body")),
            @ObjectPath(@PropertyValue(propertyName = "stepTitles")), @ObjectPath(@PropertyValue(propertyName = "stepBodies")),
            @ObjectPath(@PropertyValue(propertyName = "tags"))})
    @Nullable String getTextNl() {
        return language.equals("nl") ? text() : null;
    }

    @FullTextField(analyzer = SearchAnalyzers.ENGLISH, highlightable = Highlightable.ANY)
    @IndexingDependency(derivedFrom = {@ObjectPath(@PropertyValue(propertyName = "summary")), @ObjectPath(@PropertyValue(propertyName = "body")),
            @ObjectPath(@PropertyValue(propertyName = "stepTitles")), @ObjectPath(@PropertyValue(propertyName = "stepBodies")),
            @ObjectPath(@PropertyValue(propertyName = "tags"))})
    @Nullable String getTextEn() {
        return language.equals("en") ? text() : null;
    }

    /** Plain words for the index: Markdown marks and picture or video lines would only add noise. */
    private String text() {
        var words = new StringBuilder(summary).append('\n').append(ArticleBody.plainText(body));
        for (int i = 0; i < stepTitles.length; i++) {
            words.append('\n').append(stepTitles[i]).append('\n').append(ArticleBody.plainText(i < stepBodies.length ? stepBodies[i] : ""));
        }
        words.append('\n').append(String.join(", ", List.of(tags)));
        return words.toString();
    }
}
