package coop.agora.events;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;

/** A day of the month view and its events. */
public record AgendaDay(LocalDate date, List<EventRow> events) {

    public String title(Locale locale) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(locale).format(date);
    }
}
