package coop.agora.helpdesk;

import coop.agora.accounts.Pole;
import java.util.Locale;

/** Something members may ask about, handled by one pole within a target in business days. */
public record HelpTopic(long id, Pole pole, String nameFr, String nameNl, String nameEn, int targetDays) {

    public String name(Locale language) {
        return switch (language.getLanguage()) {
            case "nl" -> nameNl;
            case "en" -> nameEn;
            default -> nameFr;
        };
    }
}
