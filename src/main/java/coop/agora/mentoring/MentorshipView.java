package coop.agora.mentoring;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A mentorship as its two people see it. */
public record MentorshipView(
        long id,
        @Nullable Long requestId,
        @Nullable Long mentorId,
        @Nullable Long menteeId,
        String mentorName,
        String menteeName,
        String status,
        @Nullable String project,
        Instant askedAt,
        Instant answerDue,
        @Nullable Instant acceptedAt,
        @Nullable Instant closedAt,
        @Nullable String mentorFeedback,
        @Nullable String menteeFeedback) {

    public boolean mentoredBy(long memberId) {
        return mentorId != null && mentorId == memberId;
    }

    public boolean mentee(long memberId) {
        return menteeId != null && menteeId == memberId;
    }

    public String statusKey() {
        return "mentoring.status." + status;
    }
}
