package coop.agora.helpdesk;

import coop.agora.accounts.Pole;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** A canned reply as admins edit it: for one pole or for all of them (no pole), offered to advisors or put aside. */
public record EditableReply(
        long id,
        @Nullable Pole pole,
        String titleFr,
        String titleNl,
        String titleEn,
        String bodyFr,
        String bodyNl,
        String bodyEn,
        boolean active) {

    public String title(Locale language) {
        return switch (language.getLanguage()) {
            case "nl" -> titleNl;
            case "en" -> titleEn;
            default -> titleFr;
        };
    }
}
