package coop.agora.platform;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The languages Agora speaks; French first, as most members write it. */
public final class Languages {

    public static final Locale FRENCH = Locale.FRENCH;
    public static final Locale DUTCH = Locale.forLanguageTag("nl");
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final List<Locale> SUPPORTED = List.of(FRENCH, DUTCH, ENGLISH);
    public static final Locale DEFAULT = FRENCH;

    private Languages() {}

    /** The supported language of a code such as {@code nl} or {@code nl-BE}, if any. */
    public static Optional<Locale> of(String code) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        var language = Locale.forLanguageTag(code.trim().replace('_', '-')).getLanguage();
        return SUPPORTED.stream().filter(locale -> locale.getLanguage().equals(language)).findFirst();
    }
}
