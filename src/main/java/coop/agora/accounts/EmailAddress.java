package coop.agora.accounts;

import java.util.Locale;
import java.util.regex.Pattern;

/** The checks and the normal form of an e-mail address: trimmed and lowercased. */
final class EmailAddress {

    static final int MAX_LENGTH = 254;
    private static final Pattern PLAUSIBLE =
            Pattern.compile("[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*\\.[A-Za-z]{2,63}");

    private EmailAddress() {}

    static String normalize(String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }

    static boolean isValid(String email) {
        var normalized = normalize(email);
        return normalized.length() <= MAX_LENGTH && PLAUSIBLE.matcher(normalized).matches();
    }
}
