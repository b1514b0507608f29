package coop.agora.forum;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One line of the log a category's moderators read: who did what, when and why. */
public record LogLine(Instant at, @Nullable Long moderatorId, String action, String reason, @Nullable Long topicId) {}
