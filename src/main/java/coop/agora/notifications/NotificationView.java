package coop.agora.notifications;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A notification in the reader's language, as the notification centre shows it. */
public record NotificationView(long id, String title, @Nullable String subject, String link, Instant createdAt, boolean unread) {

    /** Opens the notification: marks it read and goes to its page. */
    public String openPath() {
        return "/notifications/" + id;
    }
}
