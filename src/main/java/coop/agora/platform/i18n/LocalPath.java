package coop.agora.platform.i18n;

import java.util.regex.Pattern;

/** A path to return to after a form, accepted only when it stays on this site. */
final class LocalPath {

    private static final Pattern SAFE = Pattern.compile("/(?![/\\\\])[\\p{Alnum}/._~%?&=+,;:@!$'()*-]{0,500}");

    private LocalPath() {}

    static String orHome(String path) {
        return SAFE.matcher(path).matches() ? path : "/";
    }
}
