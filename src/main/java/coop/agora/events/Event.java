package coop.agora.events;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * An event as its page shows it.
 *
 * @param placeName the office's name in the reader's language, the town, or empty when online
 * @param registered seats taken
 * @param waiting people on the waiting list
 * @param groupId the member group organizing it, if any
 * @param seriesId the series it is one date of, if any
 */
public record Event(
        long id,
        String title,
        String description,
        EventType type,
        String language,
        Instant startsAt,
        Instant endsAt,
        ZoneId timeZone,
        @Nullable Long officeId,
        @Nullable String town,
        @Nullable String onlineUrl,
        String placeName,
        @Nullable Long organizerId,
        @Nullable Integer capacity,
        @Nullable String question,
        boolean cancelled,
        int registered,
        int waiting,
        @Nullable Long groupId,
        @Nullable Long seriesId) {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT);
    private static final DateTimeFormatter INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    public boolean online() {
        return onlineUrl != null;
    }

    public boolean full() {
        return capacity != null && registered >= capacity;
    }

    public int seatsLeft() {
        return capacity == null ? Integer.MAX_VALUE : Math.max(0, capacity - registered);
    }

    public boolean started(Instant now) {
        return !startsAt.isAfter(now);
    }

    /** When it takes place, in the event's own time zone: "mardi 24 novembre 2026, 10:00 – 12:00". */
    public String when(Locale locale) {
        return When.of(startsAt, endsAt, timeZone, locale);
    }

    /** The form's fields for editing the event. */
    public EventForm form() {
        var place = officeId != null ? "office" : town != null ? "town" : "online";
        return new EventForm(title, description, type.name(), language,
                INPUT.format(LocalDateTime.ofInstant(startsAt, timeZone)), INPUT.format(LocalDateTime.ofInstant(endsAt, timeZone)),
                place, officeId == null ? "" : officeId.toString(), town == null ? "" : town, onlineUrl == null ? "" : onlineUrl,
                capacity == null ? "" : capacity.toString(), question == null ? "" : question);
    }

    /** Formats the time of an event for people, in the event's zone. */
    static final class When {

        private When() {}

        static String of(Instant start, Instant end, ZoneId zone, Locale locale) {
            var from = start.atZone(zone);
            var to = end.atZone(zone);
            var day = DAY.withLocale(locale);
            var time = TIME.withLocale(locale);
            var text = day.format(from) + ", " + time.format(from) + " – ";
            text += from.toLocalDate().equals(to.toLocalDate()) ? time.format(to) : day.format(to) + ", " + time.format(to);
            return zone.equals(EventRules.DEFAULT_ZONE) ? text : text + " (" + zone.getId() + ")";
        }
    }
}
