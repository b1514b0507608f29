package coop.agora.offices;

import java.util.Locale;

/** A service of the cooperative, what it handles and its address, the same for every office. */
public record CoopService(long id, String slug, String nameFr, String nameNl, String nameEn, String handlesFr, String handlesNl, String handlesEn,
        String email, int position) {

    public String name(Locale language) {
        return switch (language.getLanguage()) {
            case "nl" -> nameNl;
            case "en" -> nameEn;
            default -> nameFr;
        };
    }

    public String handles(Locale language) {
        return switch (language.getLanguage()) {
            case "nl" -> handlesNl;
            case "en" -> handlesEn;
            default -> handlesFr;
        };
    }
}
