package coop.agora.notifications;

import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** A notification as stored, before its texts are rendered for a reader. */
record NotificationRow(
        long id,
        long memberId,
        String kind,
        @Nullable Long actorId,
        @Nullable String subject,
        String link,
        Instant createdAt,
        @Nullable Instant readAt) {

    static final String COLUMNS = "id, member_id, kind, actor_id, subject, link, created_at, read_at";

    /** The kind, unless it is one this version no longer knows. */
    Optional<NotificationKind> knownKind() {
        for (var known : NotificationKind.values()) {
            if (known.name().equals(kind)) {
                return Optional.of(known);
            }
        }
        return Optional.empty();
    }
}
