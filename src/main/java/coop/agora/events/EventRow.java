package coop.agora.events;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** An event in a list or in the month view. */
public record EventRow(
        long id,
        String title,
        EventType type,
        String language,
        Instant startsAt,
        Instant endsAt,
        ZoneId timeZone,
        String placeName,
        boolean online,
        @Nullable Integer capacity,
        int registered) {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT);

    public String when(Locale locale) {
        return Event.When.of(startsAt, endsAt, timeZone, locale);
    }

    /** The start and end hours only, for the month view where the day is the heading. */
    public String hours(Locale locale) {
        var time = TIME.withLocale(locale);
        return time.format(startsAt.atZone(timeZone)) + " – " + time.format(endsAt.atZone(timeZone));
    }

    public LocalDate day() {
        return startsAt.atZone(timeZone).toLocalDate();
    }

    /** The seats still free; -1 without a limit. */
    public int seatsLeft() {
        return capacity == null ? -1 : Math.max(0, capacity - registered);
    }

    public boolean full() {
        return capacity != null && registered >= capacity;
    }
}
