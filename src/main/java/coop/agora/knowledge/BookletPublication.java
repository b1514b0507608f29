package coop.agora.knowledge;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * An admin's request for a new edition of a booklet, typeset in the background.
 *
 * @param failure what went wrong, when the typesetting failed
 */
public record BookletPublication(long id, Status status, @Nullable String failure, Instant requestedAt) {

    /** Where the typesetting stands. */
    public enum Status {
        PREPARING,
        READY,
        FAILED
    }

    public boolean preparing() {
        return status == Status.PREPARING;
    }

    public boolean failed() {
        return status == Status.FAILED;
    }
}
