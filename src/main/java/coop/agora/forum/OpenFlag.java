package coop.agora.forum;

import java.time.Instant;

/** An open flag in the moderators' queue. */
public record OpenFlag(long id, long postId, long topicId, String topicTitle, long categoryId, String reason, String note, Instant createdAt, String excerpt) {}
