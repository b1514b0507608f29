package coop.agora.helpdesk;

import org.jspecify.annotations.Nullable;

/** A request moved to another status, such as waiting for the member or closed. */
public record RequestStatusChanged(long requestId, @Nullable Long memberId, RequestStatus status) {}
