package coop.agora.helpdesk;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Dates as members read them: "mardi 22 juillet 2025", "dinsdag 22 juli 2025". */
public final class Days {

    private static final DateTimeFormatter FULL = DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL);
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM);

    private Days() {}

    public static String full(LocalDate day, Locale language) {
        return FULL.withLocale(language).format(day);
    }

    public static String brief(LocalDate day, Locale language) {
        return SHORT.withLocale(language).format(day);
    }
}
