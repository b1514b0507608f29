package coop.agora.platform.search;

import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** Where a rebuild of the search indexes stands; {@code percent} is 0 until the total is known. */
public record RebuildProgress(
        State state, long done, long total, @Nullable Instant startedAt, @Nullable Instant endedAt, @Nullable Duration took) {

    public enum State {
        NEVER,
        RUNNING,
        DONE,
        FAILED
    }

    static final RebuildProgress NEVER = new RebuildProgress(State.NEVER, 0, 0, null, null, null);

    public int percent() {
        if (state == State.DONE) {
            return 100;
        }
        return total == 0 ? 0 : (int) Math.min(99, done * 100 / total);
    }

    public boolean running() {
        return state == State.RUNNING;
    }

    RebuildProgress counted(long done, long total) {
        return new RebuildProgress(state, done, total, startedAt, endedAt, took);
    }

    RebuildProgress ended(State state) {
        var end = Instant.now();
        return new RebuildProgress(state, done, total, startedAt, end, startedAt == null ? null : Duration.between(startedAt, end));
    }
}
