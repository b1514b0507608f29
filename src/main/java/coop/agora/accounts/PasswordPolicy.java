package coop.agora.accounts;

import com.nulabinc.zxcvbn.Zxcvbn;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * A password must be long enough and hard to guess (zxcvbn's estimate, which knows common
 * passwords, names and keyboard patterns, and also the person's own name and address).
 */
@Component
class PasswordPolicy {

    static final int MIN_LENGTH = 10;
    /** bcrypt reads at most 72 bytes; a longer password would be silently cut. */
    static final int MAX_BYTES = 72;
    private static final int MIN_SCORE = 3;

    private final Zxcvbn zxcvbn = new Zxcvbn();

    /** The text key of what is wrong with the password, if anything. */
    Optional<String> problem(String password, String... personalWords) {
        if (password == null || password.length() < MIN_LENGTH) {
            return Optional.of("accounts.error.passwordShort");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return Optional.of("accounts.error.passwordLong");
        }
        if (zxcvbn.measure(password, wordsOf(personalWords)).getScore() < MIN_SCORE) {
            return Optional.of("accounts.error.passwordWeak");
        }
        return Optional.empty();
    }

    /** "Camille Lambert" and "camille.lambert@example.org" give camille, lambert, example, org. */
    private static List<String> wordsOf(String... personalWords) {
        return Arrays.stream(personalWords)
                .filter(Objects::nonNull)
                .flatMap(text -> Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")))
                .filter(word -> word.length() > 2)
                .toList();
    }
}
