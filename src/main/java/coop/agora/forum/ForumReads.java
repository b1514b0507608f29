package coop.agora.forum;

import coop.agora.accounts.Members;
import coop.agora.platform.Texts;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The category and topic pages, read with plain SQL on the indexes made for them, by keyset so that
 * page 500 costs what page 1 costs, and with everyone's names fetched in one query.
 */
@Service
class ForumReads {

    static final int TOPICS_PER_PAGE = 30;
    static final int POSTS_PER_PAGE = 40;

    private final JdbcClient db;
    private final Members members;
    private final Texts texts;

    ForumReads(JdbcClient db, Members members, Texts texts) {
        this.db = db;
        this.members = members;
        this.texts = texts;
    }

    /** Where a category page starts: after this topic's last activity. */
    record TopicCursor(Instant lastPostAt, long id) {

        static Optional<TopicCursor> parse(String text) {
            var parts = text.split("_");
            if (parts.length != 2) {
                return Optional.empty();
            }
            try {
                var micros = Long.parseLong(parts[0]);
                var instant = Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L), Math.floorMod(micros, 1_000_000L) * 1000L);
                return Optional.of(new TopicCursor(instant, Long.parseLong(parts[1])));
            } catch (NumberFormatException | java.time.DateTimeException e) {
                return Optional.empty();
            }
        }

        String text() {
            return (lastPostAt.getEpochSecond() * 1_000_000L + lastPostAt.getNano() / 1000) + "_" + id;
        }
    }


    private record RawTopic(long id, String title, String language, @Nullable Long authorId, boolean pinned, boolean locked,
            boolean solved, int replyCount, Instant lastPostAt, @Nullable Long lastAuthorId, boolean unread) {}

    CategoryPage categoryPage(long categoryId, @Nullable Long viewerId, @Nullable String language, @Nullable TopicCursor cursor, Locale locale) {
        var select = """
                select t.id, t.title, t.language, t.author_id, t.pinned, t.locked, t.solution_post_id is not null as solved,
                       t.reply_count, t.last_post_at, t.last_author_id,
                       (? ::bigint is not null and (r.last_read_at is null or r.last_read_at < t.last_post_at)) as unread
                from forum.topic t
                left join forum.topic_read r on r.topic_id = t.id and r.member_id = ?
                where t.category_id = ? and not t.hidden and not t.pending""";
        var languageFilter = language == null ? "" : " and t.language = ?";
        List<RawTopic> pinned = List.of();
        if (cursor == null) {
            var query = db.sql(select + " and t.pinned" + languageFilter + " order by t.last_post_at desc, t.id desc limit 20")
                    .param(viewerId).param(viewerId).param(categoryId);
            if (language != null) {
                query = query.param(language);
            }
            pinned = query.query(ForumReads::rawTopic).list();
        }
        var query = db.sql(select + " and not t.pinned" + languageFilter
                        + (cursor == null ? "" : " and (t.last_post_at, t.id) < (?, ?)")
                        + " order by t.last_post_at desc, t.id desc limit " + (TOPICS_PER_PAGE + 1))
                .param(viewerId).param(viewerId).param(categoryId);
        if (language != null) {
            query = query.param(language);
        }
        if (cursor != null) {
            query = query.param(Timestamp.from(cursor.lastPostAt())).param(cursor.id());
        }
        var topics = new ArrayList<>(query.query(ForumReads::rawTopic).list());
        String next = null;
        if (topics.size() > TOPICS_PER_PAGE) {
            topics.remove(topics.size() - 1);
            var last = topics.get(topics.size() - 1);
            next = new TopicCursor(last.lastPostAt(), last.id()).text();
        }
        var ids = new HashSet<Long>();
        for (var topic : pinned) {
            addPeople(ids, topic);
        }
        for (var topic : topics) {
            addPeople(ids, topic);
        }
        var names = members.displayNames(ids, locale);
        return new CategoryPage(rows(pinned, names, locale), rows(topics, names, locale), next);
    }

    /** Topics started in one month, oldest first, for the archives. */
    List<TopicRow> topicsOfMonth(long categoryId, Instant from, Instant until, Locale locale) {
        var topics = db.sql("""
                        select t.id, t.title, t.language, t.author_id, t.pinned, t.locked, t.solution_post_id is not null as solved,
                               t.reply_count, t.last_post_at, t.last_author_id, false as unread
                        from forum.topic t
                        where t.category_id = ? and t.created_at >= ? and t.created_at < ? and not t.hidden and not t.pending
                        order by t.created_at, t.id limit 1000""")
                .params(categoryId, Timestamp.from(from), Timestamp.from(until))
                .query(ForumReads::rawTopic)
                .list();
        var ids = new HashSet<Long>();
        topics.forEach(topic -> addPeople(ids, topic));
        return rows(topics, members.displayNames(ids, locale), locale);
    }

    /** Months with topics in a category, latest first, with how many were started. */
    List<Map.Entry<Instant, Long>> months(long categoryId) {
        return db.sql("""
                        select date_trunc('month', created_at at time zone 'Europe/Brussels') as month, count(*) as topics
                        from forum.topic where category_id = ? and not hidden and not pending
                        group by 1 order by 1 desc""")
                .param(categoryId)
                .query((row, number) -> Map.entry(
                        row.getTimestamp("month").toLocalDateTime().atZone(java.time.ZoneId.of("Europe/Brussels")).toInstant(),
                        row.getLong("topics")))
                .list();
    }

    private static void addPeople(java.util.Set<Long> ids, RawTopic topic) {
        if (topic.authorId() != null) {
            ids.add(topic.authorId());
        }
        if (topic.lastAuthorId() != null) {
            ids.add(topic.lastAuthorId());
        }
    }

    private List<TopicRow> rows(List<RawTopic> topics, Map<Long, String> names, Locale locale) {
        var former = formerName(locale);
        return topics.stream()
                .map(t -> new TopicRow(t.id(), t.title(), t.language(), nameOf(t.authorId(), names, former), t.pinned(), t.locked(),
                        t.solved(), t.replyCount(), t.lastPostAt(), nameOf(t.lastAuthorId(), names, former), t.unread()))
                .toList();
    }

    private String formerName(Locale locale) {
        return texts.get("forum.formerMember", locale);
    }

    private static String nameOf(@Nullable Long id, Map<Long, String> names, String former) {
        return id == null ? former : names.getOrDefault(id, former);
    }

    private static RawTopic rawTopic(ResultSet row, int number) throws SQLException {
        return new RawTopic(row.getLong("id"), row.getString("title"), row.getString("language"), nullableLong(row, "author_id"),
                row.getBoolean("pinned"), row.getBoolean("locked"), row.getBoolean("solved"), row.getInt("reply_count"),
                row.getTimestamp("last_post_at").toInstant(), nullableLong(row, "last_author_id"), row.getBoolean("unread"));
    }

    static @Nullable Long nullableLong(ResultSet row, String column) throws SQLException {
        var value = row.getLong(column);
        return row.wasNull() ? null : value;
    }

    Optional<TopicView> topic(long id) {
        return db.sql("""
                        select id, category_id, title, language, author_id, pinned, locked, hidden, pending, solution_post_id,
                               reply_count, created_at, last_post_at
                        from forum.topic where id = ?""")
                .param(id)
                .query((row, number) -> new TopicView(row.getLong("id"), row.getLong("category_id"), row.getString("title"),
                        row.getString("language"), nullableLong(row, "author_id"), row.getBoolean("pinned"), row.getBoolean("locked"),
                        row.getBoolean("hidden"), row.getBoolean("pending"), nullableLong(row, "solution_post_id"),
                        row.getInt("reply_count"), row.getTimestamp("created_at").toInstant(),
                        row.getTimestamp("last_post_at").toInstant()))
                .optional();
    }


    /**
     * A page of a topic's posts after (or before) a post id. Moderators see hidden and waiting
     * posts; authors see their own waiting posts.
     */
    PostsPage posts(TopicView topic, @Nullable Long viewerId, boolean moderator, @Nullable Long after, @Nullable Long before, Locale locale) {
        var visibility = moderator ? "" : " and not p.hidden and (not p.pending or p.author_id = ?)";
        var select = """
                select p.id, p.author_id, p.body_html, p.created_at, p.edited_at, p.hidden, p.pending, p.official, p.opening,
                       p.thanks_count, exists (select 1 from forum.thanks th where th.post_id = p.id and th.member_id = ?) as thanked,
                       i.file_id, i.alt_text
                from forum.post p left join forum.post_image i on i.post_id = p.id where p.topic_id = ?""" + visibility;
        List<RawPost> raw;
        if (before != null) {
            var query = db.sql(select + " and p.id < ? order by p.id desc limit " + (POSTS_PER_PAGE + 1)).param(viewerId).param(topic.id());
            if (!moderator) {
                query = query.param(viewerId);
            }
            raw = new ArrayList<>(query.param(before).query(ForumReads::rawPost).list());
            var more = raw.size() > POSTS_PER_PAGE;
            if (more) {
                raw.remove(raw.size() - 1);
            }
            Collections.reverse(raw);
            var previous = more ? raw.get(0).id() : null;
            return page(topic, raw, previous, raw.isEmpty() ? null : raw.get(raw.size() - 1).id(), viewerId, moderator, locale);
        }
        var query = db.sql(select + (after == null ? "" : " and p.id > ?") + " order by p.id limit " + (POSTS_PER_PAGE + 1))
                .param(viewerId).param(topic.id());
        if (!moderator) {
            query = query.param(viewerId);
        }
        if (after != null) {
            query = query.param(after);
        }
        raw = new ArrayList<>(query.query(ForumReads::rawPost).list());
        var more = raw.size() > POSTS_PER_PAGE;
        if (more) {
            raw.remove(raw.size() - 1);
        }
        var previous = after != null && !raw.isEmpty() ? raw.get(0).id() : null;
        return page(topic, raw, previous, more ? raw.get(raw.size() - 1).id() : null, viewerId, moderator, locale);
    }

    private record RawPost(long id, @Nullable Long authorId, String bodyHtml, Instant createdAt, @Nullable Instant editedAt,
            boolean hidden, boolean pending, boolean official, boolean opening, int thanksCount, boolean thanked, @Nullable Long imageId,
            @Nullable String imageAlt) {}

    private PostsPage page(TopicView topic, List<RawPost> raw, @Nullable Long previous, @Nullable Long next, @Nullable Long viewerId,
            boolean moderator, Locale locale) {
        RawPost solution = null;
        if (topic.solutionPostId() != null) {
            solution = raw.stream().filter(p -> p.id() == topic.solutionPostId()).findFirst().orElse(null);
            if (solution == null) {
                solution = db.sql("""
                                select p.id, p.author_id, p.body_html, p.created_at, p.edited_at, p.hidden, p.pending, p.official, p.opening,
                                       p.thanks_count, exists (select 1 from forum.thanks th where th.post_id = p.id and th.member_id = ?) as thanked,
                                       i.file_id, i.alt_text
                                from forum.post p left join forum.post_image i on i.post_id = p.id where p.id = ? and (? or not p.hidden)""")
                        .params(viewerId, topic.solutionPostId(), moderator)
                        .query(ForumReads::rawPost)
                        .optional()
                        .orElse(null);
            }
        }
        var ids = new HashSet<Long>();
        raw.forEach(p -> {
            if (p.authorId() != null) {
                ids.add(p.authorId());
            }
        });
        if (solution != null && solution.authorId() != null) {
            ids.add(solution.authorId());
        }
        var names = members.displayNames(ids, locale);
        var former = formerName(locale);
        var posts = raw.stream().map(p -> view(p, names, former)).toList();
        return new PostsPage(posts, solution == null ? null : view(solution, names, former), previous, next);
    }

    private static PostView view(RawPost p, Map<Long, String> names, String former) {
        return new PostView(p.id(), p.authorId(), nameOf(p.authorId(), names, former), p.bodyHtml(), p.createdAt(), p.editedAt(),
                p.hidden(), p.pending(), p.official(), p.opening(), p.thanksCount(), p.thanked(), p.imageId(), p.imageAlt());
    }

    private static RawPost rawPost(ResultSet row, int number) throws SQLException {
        var edited = row.getTimestamp("edited_at");
        return new RawPost(row.getLong("id"), nullableLong(row, "author_id"), row.getString("body_html"),
                row.getTimestamp("created_at").toInstant(), edited == null ? null : edited.toInstant(), row.getBoolean("hidden"),
                row.getBoolean("pending"), row.getBoolean("official"), row.getBoolean("opening"), row.getInt("thanks_count"),
                row.getBoolean("thanked"), nullableLong(row, "file_id"), row.getString("alt_text"));
    }

    /**
     * Remembers that the member has read the topic up to now. A mark already later than the topic's
     * last post is left alone, so that reading a topic again writes nothing.
     */
    void markRead(long memberId, long topicId) {
        db.sql("""
                        insert into forum.topic_read (member_id, topic_id, last_read_at)
                        select ?, ?, now()
                        where not exists (
                            select 1 from forum.topic_read r join forum.topic t on t.id = r.topic_id
                            where r.member_id = ? and r.topic_id = ? and r.last_read_at >= t.last_post_at)
                        on conflict (member_id, topic_id) do update set last_read_at = excluded.last_read_at""")
                .params(memberId, topicId, memberId, topicId)
                .update();
    }


    Optional<PostSource> post(long id) {
        return db.sql("select id, topic_id, author_id, body, hidden, pending, opening, official from forum.post where id = ?")
                .param(id)
                .query((row, number) -> new PostSource(row.getLong("id"), row.getLong("topic_id"), nullableLong(row, "author_id"),
                        row.getString("body"), row.getBoolean("hidden"), row.getBoolean("pending"), row.getBoolean("opening"),
                        row.getBoolean("official")))
                .optional();
    }

    boolean watches(long memberId, @Nullable Long categoryId, @Nullable Long topicId) {
        return db.sql("select exists (select 1 from forum.watch where member_id = ? and (category_id = ? or topic_id = ?))")
                .params(memberId, categoryId, topicId)
                .query(Boolean.class)
                .single();
    }

    String authorName(@Nullable Long authorId, Locale locale) {
        return authorId == null ? formerName(locale) : members.displayNames(List.of(authorId), locale).get(authorId);
    }
}
