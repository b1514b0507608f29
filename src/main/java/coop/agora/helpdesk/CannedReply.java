package coop.agora.helpdesk;

import java.util.Locale;

/** A ready-made reply as the advisor picks it from a list. */
public record CannedReply(long id, String titleFr, String titleNl, String titleEn, String bodyFr, String bodyNl, String bodyEn) {

    public String title(Locale language) {
        return switch (language.getLanguage()) {
            case "nl" -> titleNl;
            case "en" -> titleEn;
            default -> titleFr;
        };
    }

    String body(Locale language) {
        return switch (language.getLanguage()) {
            case "nl" -> bodyNl;
            case "en" -> bodyEn;
            default -> bodyFr;
        };
    }
}
