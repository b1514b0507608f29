package coop.agora.opportunities;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Text lowercased and without accents, so that "developpeur" finds "Développeur". */
final class Folding {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private Folding() {}

    static String fold(String text) {
        return MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("").toLowerCase(Locale.ROOT);
    }
}
