package coop.agora.forum;

import java.util.List;

/** A member started a topic that others can read; watchers are the people following its category. */
public record TopicStarted(long topicId, long categoryId, long authorId, long postId, List<Long> watchers) {}
