package coop.agora.recommendations;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A text in the reader's language, or, when it has not been translated yet, in another one: then
 * {@code missing} is true and the page says so.
 */
public record Translated(String text, Locale language, boolean missing) {

    static Translated of(Locale reader, @Nullable String fr, @Nullable String nl, @Nullable String en) {
        var wanted = switch (reader.getLanguage()) {
            case "nl" -> nl;
            case "en" -> en;
            default -> fr;
        };
        if (present(wanted)) {
            return new Translated(wanted, reader, false);
        }
        if (present(fr)) {
            return new Translated(fr, coop.agora.platform.Languages.FRENCH, true);
        }
        if (present(nl)) {
            return new Translated(nl, coop.agora.platform.Languages.DUTCH, true);
        }
        if (present(en)) {
            return new Translated(en, coop.agora.platform.Languages.ENGLISH, true);
        }
        return new Translated("", reader, false);
    }

    public boolean empty() {
        return text.isEmpty();
    }

    public String lang() {
        return language.getLanguage();
    }

    private static boolean present(@Nullable String text) {
        return text != null && !text.isBlank();
    }
}
