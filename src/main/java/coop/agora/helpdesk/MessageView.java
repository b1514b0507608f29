package coop.agora.helpdesk;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A message of a request's conversation, its Markdown already made safe HTML. */
public record MessageView(long id, @Nullable Long authorId, String authorName, MessageKind kind, String html, Instant createdAt, List<AttachedFile> attachments) {}
