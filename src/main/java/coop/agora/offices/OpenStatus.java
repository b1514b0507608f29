package coop.agora.offices;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Whether an office is open at a moment and, if not, when it opens next, in its own time zone.
 *
 * @param today whether the next opening is on the same day as the moment asked about
 */
public record OpenStatus(boolean open, @Nullable ZonedDateTime nextOpening, boolean today) {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    /** The day of the next opening, such as "lundi 24 novembre". */
    public String day(Locale language) {
        return nextOpening == null ? "" : DateTimeFormatter.ofPattern("EEEE d MMMM", language).format(nextOpening);
    }

    public String time() {
        return nextOpening == null ? "" : TIME.format(nextOpening);
    }
}
