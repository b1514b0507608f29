package coop.agora.recommendations;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A recommendation in a list. */
public record ListLine(long id, int number, Translated title, @Nullable Long themeId, @Nullable String theme, Status status, int progress,
        @Nullable Long serviceId, @Nullable String service, Instant updatedAt) {}
