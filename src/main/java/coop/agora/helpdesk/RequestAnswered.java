package coop.agora.helpdesk;

import org.jspecify.annotations.Nullable;

/** An advisor wrote to the member of a request (never an internal note). */
public record RequestAnswered(long requestId, @Nullable Long memberId, long advisorId, long messageId) {}
