package coop.agora.platform.mail;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A mail of the outbox, whole. */
public record OutboxMail(
        long id,
        String recipient,
        String subject,
        String body,
        String status,
        int attempts,
        @Nullable String lastError,
        Instant createdAt,
        @Nullable Instant sentAt) {}
