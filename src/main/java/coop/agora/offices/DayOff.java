package coop.agora.offices;

import java.time.LocalDate;
import java.util.Locale;

/** A weekday an office is closed: a public holiday of its country or a closure of its own. */
public record DayOff(LocalDate day, Kind kind, String nameFr, String nameNl, String nameEn) {

    public enum Kind { PUBLIC_HOLIDAY, CLOSURE }

    public String name(Locale language) {
        return switch (language.getLanguage()) {
            case "nl" -> nameNl;
            case "en" -> nameEn;
            default -> nameFr;
        };
    }
}
