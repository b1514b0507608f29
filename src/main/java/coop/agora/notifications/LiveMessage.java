package coop.agora.notifications;

import org.jspecify.annotations.Nullable;

/** What a page open in a browser learns live: the unread count and the newest notification, in the reader's language. */
public record LiveMessage(long unread, @Nullable Long newestId, @Nullable String newestTitle, @Nullable String newestLink) {}
