package coop.agora.directory;

import java.time.Instant;

/** A skill a member proposed, waiting for a moderator, with how many profiles already show it. */
public record ProposedSkill(long id, String label, long profiles, Instant proposedAt) {}
