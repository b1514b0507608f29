package coop.agora.forum;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.DynamicUpdate;
import org.hibernate.search.mapper.pojo.automaticindexing.ReindexOnUpdate;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;
import org.jspecify.annotations.Nullable;

/**
 * A question or discussion in a category. Counters are updated in SQL by whoever adds a post, so
 * only changed columns are written back, never a stale count.
 */
@Entity
@Table(schema = "forum", name = "topic")
@DynamicUpdate
class Topic {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @GenericField
    private long categoryId;

    private @Nullable Long authorId;

    private String title;

    @KeywordField
    private String language;

    private boolean pinned;

    private boolean locked;

    private boolean hidden;

    private boolean pending;

    private @Nullable Long solutionPostId;

    private boolean membersOnly;

    private boolean groupOnly;

    @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
    private int replyCount;

    private Instant createdAt;

    @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
    private Instant lastPostAt;

    @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
    private @Nullable Long lastAuthorId;

    /** Only for the search index, which updates a topic's posts when the topic changes. */
    @OneToMany(mappedBy = "topic")
    private List<Post> posts = new ArrayList<>();

    protected Topic() {
        this.title = "";
        this.language = "fr";
        this.createdAt = Instant.now();
        this.lastPostAt = createdAt;
    }

    Topic(Category category, long authorId, String title, String language, boolean pending) {
        this.categoryId = category.id();
        this.membersOnly = category.visibility() != Category.Visibility.PUBLIC;
        this.groupOnly = category.visibility() == Category.Visibility.GROUP;
        this.authorId = authorId;
        this.title = title;
        this.language = language;
        this.pending = pending;
        this.createdAt = Instant.now();
        this.lastPostAt = createdAt;
        this.lastAuthorId = authorId;
    }

    long id() {
        if (id == null) {
            throw new IllegalStateException("The topic is not saved yet");
        }
        return id;
    }

    long categoryId() {
        return categoryId;
    }

    @Nullable Long authorId() {
        return authorId;
    }

    String title() {
        return title;
    }

    void rename(String title) {
        this.title = title;
    }

    String language() {
        return language;
    }

    boolean locked() {
        return locked;
    }

    boolean pinned() {
        return pinned;
    }

    boolean hidden() {
        return hidden;
    }

    boolean pending() {
        return pending;
    }

    @Nullable Long solutionPostId() {
        return solutionPostId;
    }

    /**
     * Why search leaves the topic's posts out for some readers. Search excludes these few words
     * rather than requiring their absence, which lets the index skip the excluded posts cheaply.
     */
    @KeywordField
    @IndexingDependency(derivedFrom = {
            @ObjectPath(@PropertyValue(propertyName = "hidden")),
            @ObjectPath(@PropertyValue(propertyName = "pending")),
            @ObjectPath(@PropertyValue(propertyName = "membersOnly")),
            @ObjectPath(@PropertyValue(propertyName = "groupOnly"))})
    List<String> getRestrictions() {
        var restrictions = new ArrayList<String>(4);
        if (hidden || pending) {
            restrictions.add(ForumSearch.UNLISTED);
        }
        if (membersOnly) {
            restrictions.add(ForumSearch.MEMBERS_ONLY);
        }
        if (groupOnly) {
            restrictions.add(ForumSearch.GROUP_ONLY);
        }
        return restrictions;
    }

    @GenericField
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "solutionPostId")))
    boolean isSolved() {
        return solutionPostId != null;
    }

    void lock(boolean locked) {
        this.locked = locked;
    }

    void pin(boolean pinned) {
        this.pinned = pinned;
    }

    void hide(boolean hidden) {
        this.hidden = hidden;
    }

    void approve() {
        this.pending = false;
    }

    void moveTo(Category category) {
        this.categoryId = category.id();
        this.membersOnly = category.visibility() != Category.Visibility.PUBLIC;
        this.groupOnly = category.visibility() == Category.Visibility.GROUP;
    }

    /** For topics brought over from elsewhere, such as the demo's, which did not start now. */
    void startedAt(Instant at) {
        this.createdAt = at;
        this.lastPostAt = at;
    }

    void repliedAt(Instant at, long authorId, int replies) {
        this.lastPostAt = at;
        this.lastAuthorId = authorId;
        this.replyCount = replies;
    }

    void solveWith(@Nullable Long postId) {
        this.solutionPostId = postId;
    }
}
