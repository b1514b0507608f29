package coop.agora.helpdesk;

import coop.agora.accounts.Pole;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A request as stored, for the checks and changes of the help desk. */
record RequestRow(
        long id,
        @Nullable Long memberId,
        long topicId,
        Pole pole,
        long officeId,
        Channel channel,
        String subject,
        RequestStatus status,
        Instant receivedAt,
        LocalDate dueOn,
        @Nullable Long assigneeId,
        @Nullable Instant waitingSince,
        @Nullable Instant firstResponseAt,
        @Nullable Instant answeredAt,
        @Nullable Instant closedAt,
        @Nullable Long mergedInto) {}
