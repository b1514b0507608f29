package coop.agora.forum;

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
import java.util.List;
import org.hibernate.annotations.DynamicUpdate;
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.automaticindexing.ReindexOnUpdate;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexedEmbedded;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;
import org.jspecify.annotations.Nullable;

/**
 * A message in a topic; the opening post is the question. The text is indexed in the field of the
 * topic's language, so that French words are stemmed as French and Dutch as Dutch.
 */
@Entity
@Table(schema = "forum", name = "post")
@Indexed(index = "forum-posts")
@DynamicUpdate
class Post {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "topic_id")
    @IndexedEmbedded(includePaths = {"categoryId", "language", "restrictions", "solved"})
    private Topic topic;

    @GenericField
    private @Nullable Long authorId;

    private String body;

    private String bodyHtml;

    @GenericField(sortable = Sortable.YES)
    private Instant createdAt;

    private @Nullable Instant editedAt;

    private boolean hidden;

    private boolean pending;

    private boolean official;

    private boolean opening;

    @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
    private int thanksCount;

    protected Post() {
        this.topic = new Topic();
        this.body = "";
        this.bodyHtml = "";
        this.createdAt = Instant.now();
    }

    Post(Topic topic, long authorId, String body, String bodyHtml, boolean opening, boolean pending) {
        this.topic = topic;
        this.authorId = authorId;
        this.body = body;
        this.bodyHtml = bodyHtml;
        this.opening = opening;
        this.pending = pending;
        this.createdAt = Instant.now();
    }

    long id() {
        if (id == null) {
            throw new IllegalStateException("The post is not saved yet");
        }
        return id;
    }

    Topic topic() {
        return topic;
    }

    @Nullable Long authorId() {
        return authorId;
    }

    String body() {
        return body;
    }

    boolean hidden() {
        return hidden;
    }

    boolean pending() {
        return pending;
    }

    boolean opening() {
        return opening;
    }

    boolean official() {
        return official;
    }

    /** Why search leaves this post out, as for {@link Topic#getRestrictions()}. */
    @KeywordField
    @IndexingDependency(derivedFrom = {@ObjectPath(@PropertyValue(propertyName = "hidden")), @ObjectPath(@PropertyValue(propertyName = "pending"))})
    List<String> getRestrictions() {
        return hidden || pending ? List.of(ForumSearch.UNLISTED) : List.of();
    }

    @FullTextField(analyzer = SearchAnalyzers.FRENCH, highlightable = Highlightable.ANY)
    @IndexingDependency(derivedFrom = {
            @ObjectPath(@PropertyValue(propertyName = "body")),
            @ObjectPath({@PropertyValue(propertyName = "topic"), @PropertyValue(propertyName = "title")}),
            @ObjectPath({@PropertyValue(propertyName = "topic"), @PropertyValue(propertyName = "language")})})
    @Nullable String getTextFr() {
        return textIn("fr");
    }

    @FullTextField(analyzer = SearchAnalyzers.DUTCH, highlightable = Highlightable.ANY)
    @IndexingDependency(derivedFrom = {
            @ObjectPath(@PropertyValue(propertyName = "body")),
            @ObjectPath({@PropertyValue(propertyName = "topic"), @PropertyValue(propertyName = "title")}),
            @ObjectPath({@PropertyValue(propertyName = "topic"), @PropertyValue(propertyName = "language")})})
    @Nullable String getTextNl() {
        return textIn("nl");
    }

    @FullTextField(analyzer = SearchAnalyzers.ENGLISH, highlightable = Highlightable.ANY)
    @IndexingDependency(derivedFrom = {
            @ObjectPath(@PropertyValue(propertyName = "body")),
            @ObjectPath({@PropertyValue(propertyName = "topic"), @PropertyValue(propertyName = "title")}),
            @ObjectPath({@PropertyValue(propertyName = "topic"), @PropertyValue(propertyName = "language")})})
    @Nullable String getTextEn() {
        return textIn("en");
    }

    /** The opening post carries the topic's title, so that a title word finds the question. */
    private @Nullable String textIn(String language) {
        if (!topic.language().equals(language)) {
            return null;
        }
        return opening ? topic.title() + "\n\n" + body : body;
    }

    /** For posts brought over from elsewhere, such as the demo's, which were not written now. */
    void writtenAt(Instant at) {
        this.createdAt = at;
    }

    void edit(String body, String bodyHtml) {
        this.body = body;
        this.bodyHtml = bodyHtml;
        this.editedAt = Instant.now();
    }

    void hide(boolean hidden) {
        this.hidden = hidden;
    }

    void approve() {
        this.pending = false;
    }

    void markOfficial(boolean official) {
        this.official = official;
    }

    /** Moves the post to another topic, as its opening post or as a reply. */
    void moveTo(Topic topic, boolean opening) {
        this.topic = topic;
        this.opening = opening;
    }
}
