package coop.agora.recommendations;

import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The follow-up of one cycle: how many recommendations per status, the average age of the open
 * ones in days, and the open one left longest without any change.
 */
public record DashboardLine(CycleLine cycle, Map<Status, Integer> counts, @Nullable Double openAgeDays, @Nullable Stale oldest) {

    /** The open recommendation whose last change is the oldest. */
    public record Stale(long id, int number, Translated title, Instant updatedAt, long days) {}

    public int count(Status status) {
        return counts.getOrDefault(status, 0);
    }

    public int open() {
        return counts.entrySet().stream().filter(entry -> entry.getKey().open()).mapToInt(Map.Entry::getValue).sum();
    }

    /** The share of a status in the cycle, in whole percent of the chart's width. */
    public int percent(Status status) {
        return cycle.count() == 0 ? 0 : (int) Math.round(100.0 * count(status) / cycle.count());
    }
}
