package coop.agora.groups;

import java.time.Instant;

/** A document shared in a group, as listed on its page. */
public record DocumentLine(long id, String name, long size, String uploadedBy, boolean mine, Instant createdAt) {

    /** The size for people: "240 KB", "3.1 MB". */
    public String humanSize() {
        if (size < 1024 * 1024) {
            return Math.max(1, size / 1024) + " KB";
        }
        return String.format(java.util.Locale.ROOT, "%.1f MB", size / (1024.0 * 1024.0));
    }
}
