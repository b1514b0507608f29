package coop.agora.recommendations;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One dated change: who as a role and a service, what changed and why. {@code kind} is
 * {@code IMPORTED}, {@code UPDATE}, {@code MILESTONE_ADDED}, {@code MILESTONE_DONE},
 * {@code LINK_ADDED}, {@code REFERENCE_ADDED} or {@code TEXT_EDITED}.
 */
public record HistoryLine(long id, Instant at, String role, @Nullable String service, String kind, @Nullable Status oldStatus,
        @Nullable Status newStatus, @Nullable Integer oldProgress, @Nullable Integer newProgress, boolean serviceChanged,
        @Nullable String newService, @Nullable String detail, @Nullable String note) {

    public boolean statusChanged() {
        return newStatus != null && newStatus != oldStatus;
    }

    public boolean progressChanged() {
        return newProgress != null && !newProgress.equals(oldProgress);
    }
}
