package coop.agora.helpdesk;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A line of a list of requests: a member's own, or an advisor's queue. */
public record RequestLine(
        long id,
        String subject,
        String topicName,
        String officeName,
        RequestStatus status,
        LocalDate dueOn,
        Instant receivedAt,
        @Nullable String assigneeName,
        String memberName,
        Urgency urgency) {}
