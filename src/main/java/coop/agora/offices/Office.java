package coop.agora.offices;

import java.time.ZoneId;
import java.util.Locale;

/** An office of the cooperative, as other modules refer to it. */
public record Office(long id, String code, String nameFr, String nameNl, String nameEn, String country, ZoneId timeZone) {

    /** The office's name in a language: "Gent" in Dutch, "Gand" in French. */
    public String name(Locale language) {
        return switch (language.getLanguage()) {
            case "nl" -> nameNl;
            case "en" -> nameEn;
            default -> nameFr;
        };
    }
}
