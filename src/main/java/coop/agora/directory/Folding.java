package coop.agora.directory;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Text compared the way people type it: lowercase, without accents. */
final class Folding {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private Folding() {}

    static String fold(String text) {
        return MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("").toLowerCase(Locale.ROOT).strip();
    }

    /** A readable URL part for a name, such as {@code elodie-moreau}. */
    static String slug(String text) {
        var slug = NOT_WORD.matcher(fold(text)).replaceAll("-");
        slug = slug.replaceAll("^-+|-+$", "");
        return slug.length() > 60 ? slug.substring(0, 60) : slug;
    }
}
