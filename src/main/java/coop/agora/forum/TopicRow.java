package coop.agora.forum;

import java.time.Instant;

/** A line of a category page. */
public record TopicRow(
        long id,
        String title,
        String language,
        String authorName,
        boolean pinned,
        boolean locked,
        boolean solved,
        int replyCount,
        Instant lastPostAt,
        String lastAuthorName,
        boolean unread) {}
