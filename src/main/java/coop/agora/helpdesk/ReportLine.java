package coop.agora.helpdesk;

import org.jspecify.annotations.Nullable;

/**
 * One line of a report: a pole, office, topic or month, and its figures.
 *
 * @param inPromisePercent share of answered requests answered by the promised date, 0–100
 * @param firstResponseHours mean business hours until the first response
 * @param resolutionHours mean business hours until the answer
 */
public record ReportLine(
        String key,
        String label,
        int received,
        int answered,
        @Nullable Double inPromisePercent,
        @Nullable Double firstResponseHours,
        @Nullable Double resolutionHours,
        @Nullable Double rating) {}
