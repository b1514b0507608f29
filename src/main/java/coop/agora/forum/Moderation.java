package coop.agora.forum;

import coop.agora.accounts.Members;
import coop.agora.platform.Mailer;
import coop.agora.platform.PlatformSettings;
import coop.agora.platform.Texts;
import coop.agora.platform.Viewer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a category's moderators do: answer flags, hide, lock, pin, move and approve, each logged
 * with who and why, and the author told by mail.
 */
@Service
class Moderation {

    static final Set<String> REASONS = Set.of("SPAM", "RUDE", "OFF_TOPIC", "PERSONAL_DATA", "OTHER");
    static final int MAX_REASON = 1000;

    private final JdbcClient db;
    private final Categories categories;
    private final Members members;
    private final Mailer mailer;
    private final Texts texts;
    private final PlatformSettings settings;
    private final Posting posting;
    private final Topics topics;
    private final Posts posts;

    Moderation(JdbcClient db, Categories categories, Members members, Mailer mailer, Texts texts, PlatformSettings settings,
            Posting posting, Topics topics, Posts posts) {
        this.topics = topics;
        this.posts = posts;
        this.db = db;
        this.categories = categories;
        this.members = members;
        this.mailer = mailer;
        this.texts = texts;
        this.settings = settings;
        this.posting = posting;
    }

    /** A member's flag goes to the moderators named for the category, by mail and in their queue. */
    @Transactional
    void flag(Viewer reporter, long postId, String reason, String note) {
        var post = posts.findById(postId).orElseThrow();
        var categoryId = post.topic().categoryId();
        db.sql("insert into forum.flag (post_id, category_id, reporter_id, reason, note) values (?, ?, ?, ?, ?)")
                .params(post.id(), categoryId, reporter.id(), reason, note)
                .update();
        var link = settings.link("/forum/moderation");
        members.contacts(categories.moderators(categoryId)).values().forEach(moderator -> mailer.send(
                moderator.email(),
                texts.get("forum.mail.flag.subject", moderator.language()),
                texts.get("forum.mail.flag.body", moderator.language(), post.topic().title(),
                        texts.get("forum.flag.reason." + reason, moderator.language()), link)));
    }


    /** Open flags of the categories the viewer moderates, oldest first. */
    List<OpenFlag> openFlags(Viewer viewer) {
        var everywhere = viewer.hasRole("MODERATOR") || viewer.hasRole("ADMIN");
        return db.sql("""
                        select f.id, f.post_id, t.id as topic_id, t.title, f.category_id, f.reason, f.note, f.created_at,
                               left(p.body, 300) as excerpt
                        from forum.flag f join forum.post p on p.id = f.post_id join forum.topic t on t.id = p.topic_id
                        where f.resolved_at is null
                          and (? or f.category_id in (select category_id from forum.category_moderator where member_id = ?))
                        order by f.created_at, f.id limit 200""")
                .params(everywhere, viewer.id())
                .query((row, number) -> new OpenFlag(row.getLong("id"), row.getLong("post_id"), row.getLong("topic_id"),
                        row.getString("title"), row.getLong("category_id"), row.getString("reason"), row.getString("note"),
                        row.getTimestamp("created_at").toInstant(), row.getString("excerpt")))
                .list();
    }


    List<WaitingPost> waiting(Viewer viewer) {
        var everywhere = viewer.hasRole("MODERATOR") || viewer.hasRole("ADMIN");
        return db.sql("""
                        select p.id, t.id as topic_id, t.title, t.category_id, left(p.body, 300) as excerpt
                        from forum.post p join forum.topic t on t.id = p.topic_id
                        where p.pending and not p.hidden
                          and (? or t.category_id in (select category_id from forum.category_moderator where member_id = ?))
                        order by p.id limit 200""")
                .params(everywhere, viewer.id())
                .query((row, number) -> new WaitingPost(row.getLong("id"), row.getLong("topic_id"), row.getString("title"),
                        row.getLong("category_id"), row.getString("excerpt")))
                .list();
    }

    Optional<Long> flaggedPost(long flagId) {
        return db.sql("select post_id from forum.flag where id = ? and resolved_at is null").param(flagId).query(Long.class).optional();
    }

    /** Closes the open flags of a post with what was done about them. */
    private void resolveFlags(Viewer moderator, long postId, String outcome) {
        db.sql("update forum.flag set resolved_at = now(), resolved_by = ?, outcome = ? where post_id = ? and resolved_at is null")
                .params(moderator.id(), outcome, postId)
                .update();
    }

    @Transactional
    void dismiss(Viewer moderator, long postId, String reason) {
        var post = posts.findById(postId).orElseThrow();
        resolveFlags(moderator, post.id(), "DISMISSED");
        log(moderator, post.topic(), post.id(), "DISMISS", reason);
    }

    @Transactional
    void hidePost(Viewer moderator, long postId, boolean hidden, String reason) {
        var post = posts.findById(postId).orElseThrow();
        if (post.opening()) {
            post.topic().hide(hidden);
        }
        post.hide(hidden);
        resolveFlags(moderator, post.id(), hidden ? "HIDDEN" : "SHOWN");
        log(moderator, post.topic(), post.id(), hidden ? "HIDE" : "SHOW", reason);
        tellAuthor(post.authorId(), post.topic(), hidden ? "hidden" : "shown", reason);
    }

    @Transactional
    void lock(Viewer moderator, long topicId, boolean locked, String reason) {
        var topic = topics.findById(topicId).orElseThrow();
        topic.lock(locked);
        log(moderator, topic, null, locked ? "LOCK" : "UNLOCK", reason);
        tellAuthor(topic.authorId(), topic, locked ? "locked" : "unlocked", reason);
    }

    @Transactional
    void pin(Viewer moderator, long topicId, boolean pinned, String reason) {
        var topic = topics.findById(topicId).orElseThrow();
        topic.pin(pinned);
        log(moderator, topic, null, pinned ? "PIN" : "UNPIN", reason);
    }

    @Transactional
    void move(Viewer moderator, long topicId, Category to, String reason) {
        var topic = topics.findById(topicId).orElseThrow();
        var from = topic.categoryId();
        var posts = 1 + db.sql("select reply_count from forum.topic where id = ?").param(topic.id()).query(Integer.class).single();
        topic.moveTo(to);
        db.sql("update forum.category set topic_count = topic_count - 1, post_count = post_count - ? where id = ?").params(posts, from).update();
        db.sql("update forum.category set topic_count = topic_count + 1, post_count = post_count + ? where id = ?").params(posts, to.id()).update();
        db.sql("update forum.flag set category_id = ? where post_id in (select id from forum.post where topic_id = ?)")
                .params(to.id(), topic.id())
                .update();
        log(moderator, topic, null, "MOVE", reason);
        tellAuthor(topic.authorId(), topic, "moved", reason);
    }

    @Transactional
    void editPost(Viewer moderator, long postId, ReplyForm form, @Nullable String newTitle, String reason) {
        posting.edit(moderator, postId, form, newTitle);
        var post = posts.findById(postId).orElseThrow();
        resolveFlags(moderator, post.id(), "EDITED");
        log(moderator, post.topic(), post.id(), "EDIT", reason);
        tellAuthor(post.authorId(), post.topic(), "edited", reason);
    }

    /**
     * Makes a new topic, in the same category, of a reply and every later post, when a discussion
     * drifted to another subject. The first moved post becomes the new topic's opening post.
     */
    @Transactional
    long split(Viewer moderator, long postId, String title, String reason) {
        var first = posts.findById(postId).orElseThrow();
        var from = first.topic();
        var authorId = first.authorId() == null ? moderator.id() : first.authorId();
        var to = topics.save(new Topic(categories.find(from.categoryId()).orElseThrow(), authorId, title, from.language(), false));
        for (var post : posts.findByTopicOrderById(from)) {
            if (post.id() >= postId) {
                post.moveTo(to, post.id() == postId);
            }
        }
        if (from.solutionPostId() != null && from.solutionPostId() >= postId) {
            from.solveWith(null);
        }
        posts.flush();
        recount(from.id());
        recount(to.id());
        db.sql("update forum.category set topic_count = topic_count + 1 where id = ?").param(from.categoryId()).update();
        log(moderator, from, postId, "SPLIT", reason);
        tellAuthor(first.authorId(), from, "split", reason);
        return to.id();
    }

    private void recount(long topicId) {
        db.sql("""
                        update forum.topic t set reply_count = greatest(0, s.posts - 1), last_post_at = s.last_at, last_author_id = s.last_author, created_at = least(t.created_at, s.first_at)
                        from (select count(*) as posts, max(created_at) as last_at, min(created_at) as first_at,
                                     (array_agg(author_id order by id desc))[1] as last_author
                              from forum.post where topic_id = ? and not pending and not hidden) s
                        where t.id = ? and s.posts > 0""")
                .params(topicId, topicId)
                .update();
    }

    /** Lets a waiting post through: it is counted and announced as if just written. */
    @Transactional
    void approve(Viewer moderator, long postId) {
        var post = posts.findById(postId).orElseThrow();
        post.approve();
        var topic = post.topic();
        if (post.opening()) {
            topic.approve();
            posting.announceTopic(topic, post.id(), post.body());
        } else if (post.authorId() != null) {
            posting.published(topic, post.id(), post.authorId(), post.body());
        }
        log(moderator, topic, post.id(), "APPROVE", "");
    }


    List<LogLine> logOf(long categoryId) {
        return db.sql("""
                        select created_at, moderator_id, action, reason, topic_id from forum.moderation_log
                        where category_id = ? order by id desc limit 100""")
                .param(categoryId)
                .query((row, number) -> new LogLine(row.getTimestamp("created_at").toInstant(), ForumReads.nullableLong(row, "moderator_id"),
                        row.getString("action"), row.getString("reason"), ForumReads.nullableLong(row, "topic_id")))
                .list();
    }

    private void log(Viewer moderator, Topic topic, @Nullable Long postId, String action, String reason) {
        db.sql("insert into forum.moderation_log (category_id, topic_id, post_id, moderator_id, action, reason) values (?, ?, ?, ?, ?, ?)")
                .params(topic.categoryId(), topic.id(), postId, moderator.id(), action, reason)
                .update();
    }

    private void tellAuthor(@Nullable Long authorId, Topic topic, String what, String reason) {
        if (authorId == null) {
            return;
        }
        var contact = members.contacts(List.of(authorId)).get(authorId);
        if (contact == null) {
            return;
        }
        var language = contact.language();
        var lines = new ArrayList<String>();
        lines.add(texts.get("forum.mail.moderated." + what, language, topic.title()));
        if (!reason.isBlank()) {
            lines.add(texts.get("forum.mail.moderated.reason", language, reason));
        }
        lines.add(texts.get("forum.mail.moderated.link", language, settings.link("/forum/t/" + topic.id())));
        mailer.send(contact.email(), texts.get("forum.mail.moderated.subject", language), String.join("\n\n", lines));
    }


    List<Revision> revisions(long postId) {
        return db.sql("select replaced_at, body from forum.post_revision where post_id = ? order by id desc limit 50")
                .param(postId)
                .query((row, number) -> new Revision(row.getTimestamp("replaced_at").toInstant(), row.getString("body")))
                .list();
    }
}
