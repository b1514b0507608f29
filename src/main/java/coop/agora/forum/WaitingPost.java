package coop.agora.forum;

/** A post waiting for a moderator's approval. */
public record WaitingPost(long postId, long topicId, String topicTitle, long categoryId, String excerpt) {}
