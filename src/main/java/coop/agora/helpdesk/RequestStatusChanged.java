package coop.agora.helpdesk;

import org.jspecify.annotations.Nullable;

/**
 * A request moved to another status, such as waiting for the member or closed.
 *
 * @param changedBy who moved it: the member, an advisor, or none when Agora did (an absence began)
 */
public record RequestStatusChanged(long requestId, @Nullable Long memberId, RequestStatus status, @Nullable Long changedBy) {}
