package coop.agora.forum;

import java.util.List;

/** A reply appeared in a topic; watchers are the people following the topic or its category, author excluded. */
public record ReplyPosted(long topicId, long categoryId, long authorId, long postId, List<Long> watchers) {}
