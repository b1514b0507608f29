package coop.agora.forum;

import org.jspecify.annotations.Nullable;

/** A post's own facts and text, for editing, quoting, flagging and moderating it. */
public record PostSource(long id, long topicId, @Nullable Long authorId, String body, boolean hidden, boolean pending, boolean opening, boolean official) {}
