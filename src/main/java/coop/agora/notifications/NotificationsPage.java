package coop.agora.notifications;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** A page of the notification centre; {@code older} is the cursor of the next page, if any. */
public record NotificationsPage(List<NotificationView> items, long unread, @Nullable Long older) {}
