package coop.agora.knowledge;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.DynamicUpdate;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.jspecify.annotations.Nullable;

/** What the translations of one article share: level, category, kind, who may read it and who looks after it. */
@Entity
@Table(schema = "knowledge", name = "article_group")
@DynamicUpdate
class ArticleGroup {

    /** In the index of each translation too, so that a search keeps one translation per article without reading the database. */
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @GenericField(projectable = Projectable.YES)
    private @Nullable Long id;

    @KeywordField
    @Enumerated(EnumType.STRING)
    private Level level;

    @GenericField
    private long categoryId;

    @Enumerated(EnumType.STRING)
    private ArticleKind kind;

    @KeywordField
    @Enumerated(EnumType.STRING)
    private ArticleVisibility visibility;

    private @Nullable Long ownerId;

    private @Nullable LocalDate reviewBefore;

    private @Nullable LocalDate reviewRemindedOn;

    private Instant createdAt;

    /** Only for the search index, which updates the translations when what they share changes. */
    @OneToMany(mappedBy = "group")
    private List<Article> translations = new ArrayList<>();

    protected ArticleGroup() {
        this.level = Level.NEWCOMER;
        this.kind = ArticleKind.ARTICLE;
        this.visibility = ArticleVisibility.PUBLIC;
        this.createdAt = Instant.now();
    }

    ArticleGroup(Level level, long categoryId, ArticleKind kind, ArticleVisibility visibility, @Nullable Long ownerId,
            @Nullable LocalDate reviewBefore) {
        this.level = level;
        this.categoryId = categoryId;
        this.kind = kind;
        this.visibility = visibility;
        this.ownerId = ownerId;
        this.reviewBefore = reviewBefore;
        this.createdAt = Instant.now();
    }

    long id() {
        if (id == null) {
            throw new IllegalStateException("The article group is not saved yet");
        }
        return id;
    }

    Level level() {
        return level;
    }

    long categoryId() {
        return categoryId;
    }

    ArticleKind kind() {
        return kind;
    }

    ArticleVisibility visibility() {
        return visibility;
    }

    @Nullable Long ownerId() {
        return ownerId;
    }

    @Nullable LocalDate reviewBefore() {
        return reviewBefore;
    }

    /** A new review date asks for a new reminder. */
    void describe(Level level, long categoryId, ArticleKind kind, ArticleVisibility visibility, @Nullable LocalDate reviewBefore) {
        this.level = level;
        this.categoryId = categoryId;
        this.kind = kind;
        this.visibility = visibility;
        if (reviewBefore == null ? this.reviewBefore != null : !reviewBefore.equals(this.reviewBefore)) {
            this.reviewRemindedOn = null;
        }
        this.reviewBefore = reviewBefore;
    }

    void handOverTo(@Nullable Long ownerId) {
        this.ownerId = ownerId;
    }
}
