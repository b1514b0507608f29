package coop.agora.forum;

import coop.agora.platform.Languages;
import coop.agora.platform.Markdown;
import coop.agora.platform.Viewer;
import coop.agora.platform.web.FormErrors;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.regex.Pattern;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.pojo.work.IndexingPlanSynchronizationStrategy;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/**
 * Writing in the forum: new topics, replies, edits and thanks, with the checks that keep it
 * readable: sizes, locked topics, a pace limit, and approval of a newcomer's first links.
 */
@Service
class Posting {

    static final int MAX_TITLE = 200;
    static final int MIN_TITLE = 5;
    /** About twenty pages of text; longer posts are refused with this number in the message. */
    static final int MAX_BODY = 50_000;
    /** A member's posts are checked by a moderator while they have fewer approved posts than this and add links. */
    static final int TRUSTED_AFTER_POSTS = 3;

    private static final Pattern LINK = Pattern.compile("(?i)(https?://|www\\.|\\]\\()");

    private final Topics topics;
    private final Posts posts;
    private final JdbcClient db;
    private final Markdown markdown;
    private final ApplicationEventPublisher events;
    private final ForumSettings settings;
    private final PostImages images;
    private final EntityManager entityManager;
    private final Mentions mentions;
    private final Categories categories;
    private final LinkPreviews previews;

    Posting(EntityManager entityManager, Topics topics, Posts posts, JdbcClient db, Markdown markdown, ApplicationEventPublisher events,
            ForumSettings settings, PostImages images, Mentions mentions, Categories categories, LinkPreviews previews) {
        this.mentions = mentions;
        this.categories = categories;
        this.previews = previews;
        this.images = images;
        this.entityManager = entityManager;
        this.settings = settings;
        this.topics = topics;
        this.posts = posts;
        this.db = db;
        this.markdown = markdown;
        this.events = events;
    }

    /** What happened to a post: where it is, and whether it waits for a moderator. */
    record Written(long topicId, long postId, boolean held) {}

    /** Problems found; {@code tooFast} means the form was fine but the member writes too often. */
    static final class Refused extends RuntimeException {

        private final FormErrors errors;
        private final boolean tooFast;

        Refused(FormErrors errors, boolean tooFast) {
            super(null, null, false, false);
            this.errors = errors;
            this.tooFast = tooFast;
        }

        FormErrors errors() {
            return errors;
        }

        boolean tooFast() {
            return tooFast;
        }
    }

    @Transactional
    Written startTopic(Viewer author, Category category, TopicForm form, @Nullable MultipartFile image) {
        var errors = FormErrors.builder();
        if (category.archived()) {
            errors.rejectForm("forum.error.archived");
        }
        var title = form.title().strip();
        checkTitle(title, errors);
        checkBody(form.body(), errors);
        var language = Languages.of(form.language());
        if (language.isEmpty()) {
            errors.reject("language", "forum.error.language");
        }
        var picture = images.check(image, form.imageAlt(), errors);
        if (errors.any()) {
            throw new Refused(errors.build(), false);
        }
        checkPace(author);
        searchableSoon();
        var held = needsApproval(author, form.body());
        var topic = topics.save(new Topic(category, author.id(), title, language.orElseThrow().getLanguage(), held));
        var html = markdown.toSafeHtml(form.body());
        var post = posts.save(new Post(topic, author.id(), form.body(), html, true, held));
        previews.remember(post.id(), html);
        if (picture != null) {
            images.attach(post.id(), author.id(), picture);
        }
        if (!held) {
            announceTopic(topic, post.id(), form.body());
        }
        return new Written(topic.id(), post.id(), held);
    }

    @Transactional
    Written reply(Viewer author, long topicId, ReplyForm form, @Nullable MultipartFile image) {
        var topic = topics.findById(topicId).orElseThrow();
        var errors = FormErrors.builder();
        if (topic.locked()) {
            errors.reject("body", "forum.error.locked");
        }
        checkBody(form.body(), errors);
        var picture = images.check(image, form.imageAlt(), errors);
        if (errors.any()) {
            throw new Refused(errors.build(), false);
        }
        checkPace(author);
        searchableSoon();
        var held = needsApproval(author, form.body());
        var html = markdown.toSafeHtml(form.body());
        var post = posts.save(new Post(topic, author.id(), form.body(), html, false, held));
        previews.remember(post.id(), html);
        if (picture != null) {
            images.attach(post.id(), author.id(), picture);
        }
        if (!held) {
            published(topic, post.id(), author.id(), form.body());
        }
        return new Written(topic.id(), post.id(), held);
    }

    /**
     * A new post is searchable as soon as the request ends, but written to disk with the next
     * posts, about once a second, rather than in a disk commit of its own: the database keeps
     * every post, and an index rebuild recovers the last second if the server stops abruptly.
     */
    private void searchableSoon() {
        Search.session(entityManager).indexingPlanSynchronizationStrategy(IndexingPlanSynchronizationStrategy.readSync());
    }

    /** Counts a reply once readers can see it, and tells the people it concerns. */
    void published(Topic topic, long postId, long authorId, String body) {
        db.sql("update forum.topic set reply_count = reply_count + 1, last_post_at = now(), last_author_id = ? where id = ?")
                .params(authorId, topic.id())
                .update();
        db.sql("update forum.category set post_count = post_count + 1, last_post_at = now() where id = ?").param(topic.categoryId()).update();
        events.publishEvent(new ReplyPosted(topic.id(), topic.categoryId(), authorId, postId, watchers(topic.categoryId(), topic.id(), authorId)));
        mentions.tellMentioned(categories.place(topic.categoryId()).orElseThrow(), topic.id(), postId, authorId, body);
    }

    /** Counts a new topic once readers can see it, and tells the category's watchers and the people it mentions. */
    void announceTopic(Topic topic, long postId, String body) {
        db.sql("update forum.category set topic_count = topic_count + 1, post_count = post_count + 1, last_post_at = now() where id = ?")
                .param(topic.categoryId())
                .update();
        var authorId = topic.authorId() == null ? 0L : topic.authorId();
        events.publishEvent(new TopicStarted(topic.id(), topic.categoryId(), authorId, postId, watchers(topic.categoryId(), null, authorId)));
        mentions.tellMentioned(categories.place(topic.categoryId()).orElseThrow(), topic.id(), postId, authorId, body);
    }

    private List<Long> watchers(long categoryId, @Nullable Long topicId, long authorId) {
        return db.sql("select distinct member_id from forum.watch where (category_id = ? or topic_id = ?) and member_id <> ?")
                .params(categoryId, topicId, authorId)
                .query(Long.class)
                .list();
    }

    /** Starts or stops following a category or a topic; exactly one of the two is given. */
    @Transactional
    boolean toggleWatch(long memberId, @Nullable Long categoryId, @Nullable Long topicId) {
        var removed = db.sql("delete from forum.watch where member_id = ? and (category_id = ? or topic_id = ?)")
                .params(memberId, categoryId, topicId)
                .update();
        if (removed == 0) {
            db.sql("insert into forum.watch (member_id, category_id, topic_id) values (?, ?, ?)").params(memberId, categoryId, topicId).update();
        }
        return removed == 0;
    }

    /**
     * Changes a post's text, keeping the former one for moderators; the opening post may also give
     * its topic a new title. Nothing changes when either is refused.
     */
    @Transactional
    void edit(Viewer editor, long postId, ReplyForm form, @Nullable String newTitle) {
        var post = posts.findById(postId).orElseThrow();
        var errors = FormErrors.builder();
        var title = newTitle == null || !post.opening() ? null : newTitle.strip();
        if (title != null) {
            checkTitle(title, errors);
        }
        checkBody(form.body(), errors);
        if (errors.any()) {
            throw new Refused(errors.build(), false);
        }
        db.sql("insert into forum.post_revision (post_id, editor_id, body) values (?, ?, ?)")
                .params(post.id(), editor.id(), post.body())
                .update();
        var html = markdown.toSafeHtml(form.body());
        post.edit(form.body(), html);
        previews.remember(post.id(), html);
        if (title != null && !title.equals(post.topic().title())) {
            post.topic().rename(title);
        }
    }

    private static void checkTitle(String title, FormErrors.Builder errors) {
        if (title.length() < MIN_TITLE) {
            errors.reject("title", "forum.error.titleShort");
        } else if (title.length() > MAX_TITLE) {
            errors.reject("title", "forum.error.titleLong");
        }
    }

    /** Thanks a post once; thanking again takes it back. Nobody thanks themselves. */
    @Transactional
    void toggleThanks(long memberId, long postId) {
        var added = db.sql("insert into forum.thanks (post_id, member_id) values (?, ?) on conflict do nothing")
                .params(postId, memberId)
                .update();
        if (added == 0) {
            db.sql("delete from forum.thanks where post_id = ? and member_id = ?").params(postId, memberId).update();
        }
        db.sql("update forum.post set thanks_count = thanks_count + ? where id = ?").params(added == 0 ? -1 : 1, postId).update();
    }

    private static void checkBody(String body, FormErrors.Builder errors) {
        if (body.isBlank()) {
            errors.reject("body", "forum.error.bodyEmpty");
        } else if (body.length() > MAX_BODY) {
            errors.reject("body", "forum.error.bodyLong");
        }
    }

    private void checkPace(Viewer author) {
        var recent = db.sql("select count(*) from (select 1 from forum.post where author_id = ? and created_at > now() - make_interval(secs => ?) limit ?) p")
                .params(author.id(), settings.paceWindow().toSeconds(), settings.pacePosts())
                .query(Long.class)
                .single();
        if (recent >= settings.pacePosts()) {
            throw new Refused(FormErrors.builder().reject("body", "forum.error.tooFast").build(), true);
        }
    }

    private boolean needsApproval(Viewer author, String body) {
        if (!LINK.matcher(body).find() || author.hasRole("ADVISOR") || author.hasRole("MODERATOR") || author.hasRole("ADMIN")) {
            return false;
        }
        var approved = db.sql("select count(*) from (select 1 from forum.post where author_id = ? and not pending limit ?) p")
                .params(author.id(), TRUSTED_AFTER_POSTS)
                .query(Long.class)
                .single();
        return approved < TRUSTED_AFTER_POSTS;
    }

    static @Nullable String quote(String authorName, String body) {
        if (body.isBlank()) {
            return null;
        }
        var quoted = new StringBuilder("> **").append(authorName).append("**\n>\n");
        body.strip().lines().limit(30).forEach(line -> quoted.append("> ").append(line).append('\n'));
        return quoted.append('\n').toString();
    }
}
