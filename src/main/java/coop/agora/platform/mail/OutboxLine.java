package coop.agora.platform.mail;

import java.time.Instant;

/** A mail in the outbox list. */
public record OutboxLine(long id, String recipient, String subject, String status, Instant createdAt) {}
