package coop.agora.mentoring;

import org.jspecify.annotations.Nullable;

/**
 * Mentoring as advisors follow it: counts only, never who or what was said.
 *
 * @param averageDaysToAcceptance from asking a mentor to their yes, over accepted mentorships
 */
public record Figures(
        long mentors,
        long availableMentors,
        long capacity,
        long capacityUsed,
        long openRequests,
        long waitingAnswers,
        long active,
        long ended,
        long declined,
        long expired,
        @Nullable Double averageDaysToAcceptance) {

    public int percentUsed() {
        return capacity == 0 ? 0 : (int) Math.round(100.0 * capacityUsed / capacity);
    }
}
