package coop.agora.recommendations;

import java.time.Instant;

/** A member's comment; a hidden one is shown only to staff, marked as hidden. */
public record CommentView(long id, String author, String html, Instant at, boolean hidden) {}
