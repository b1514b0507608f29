package coop.agora.helpdesk;

import coop.agora.accounts.Pole;
import java.util.Locale;

/** A topic as admins edit it; an archived one is no longer offered to members but stays on the requests asked about it. */
public record EditableTopic(long id, Pole pole, String nameFr, String nameNl, String nameEn, int targetDays, boolean active) {

    public String name(Locale language) {
        return switch (language.getLanguage()) {
            case "nl" -> nameNl;
            case "en" -> nameEn;
            default -> nameFr;
        };
    }
}
