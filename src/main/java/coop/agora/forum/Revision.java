package coop.agora.forum;

import java.time.Instant;

/** An earlier version of an edited post, for moderators. */
public record Revision(Instant replacedAt, String body) {}
