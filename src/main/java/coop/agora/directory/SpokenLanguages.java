package coop.agora.directory;

import java.util.List;
import java.util.Locale;

/** The languages a member may say they work in, by ISO 639-1 code, named in the reader's language. */
final class SpokenLanguages {

    static final List<String> CODES =
            List.of("fr", "nl", "en", "de", "es", "it", "pt", "ar", "tr", "pl", "ro", "ru", "ln", "zh", "wa");

    private SpokenLanguages() {}

    static boolean known(String code) {
        return CODES.contains(code);
    }

    static String name(String code, Locale reader) {
        var name = Locale.forLanguageTag(code).getDisplayLanguage(reader);
        return name.isEmpty() ? code : name.substring(0, 1).toUpperCase(reader) + name.substring(1);
    }
}
