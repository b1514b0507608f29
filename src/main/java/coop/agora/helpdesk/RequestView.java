package coop.agora.helpdesk;

import coop.agora.accounts.Pole;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A request as its pages show it, with names in the reader's language. */
public record RequestView(
        long id,
        @Nullable Long memberId,
        String memberName,
        long topicId,
        String topicName,
        Pole pole,
        long officeId,
        String officeName,
        Channel channel,
        String subject,
        RequestStatus status,
        Instant receivedAt,
        LocalDate dueOn,
        @Nullable Long assigneeId,
        @Nullable String assigneeName,
        Urgency urgency,
        @Nullable Instant closedAt,
        boolean mayReopen,
        @Nullable Long mergedInto,
        @Nullable Instant callbackAt) {}
