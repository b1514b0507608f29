package coop.agora.recommendations;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A recommendation as its page shows it, its text already made safe HTML. */
public record RecommendationView(long id, long cycleId, String cycle, boolean demo, int number, Translated title, Translated text,
        String textHtml, @Nullable String theme, List<String> groups, Status status, int progress, @Nullable Long serviceId,
        @Nullable String service, @Nullable String declineReason, Instant createdAt, Instant updatedAt) {}
