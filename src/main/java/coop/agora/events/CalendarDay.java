package coop.agora.events;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * A day of the month view: its first events, how many more it has, and the address of the day in
 * the week view, where all of them are listed.
 */
public record CalendarDay(LocalDate date, List<EventRow> events, int more, String weekLink) {

    /** The weekday and the day of the month: the month is the page's title. */
    public String title(Locale locale) {
        return DateTimeFormatter.ofPattern("EEEE d", locale).format(date);
    }

    /** The column of the day in a week from Monday (1) to Sunday (7). */
    public int weekday() {
        return date.getDayOfWeek().getValue();
    }
}
