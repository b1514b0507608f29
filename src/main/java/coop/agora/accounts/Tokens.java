package coop.agora.accounts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Single-use secrets for links sent by mail. Only their SHA-256 is stored, so a copy of the
 * database gives no usable link.
 */
@Component
class Tokens {

    enum Purpose {
        VERIFY_EMAIL(Duration.ofDays(2)),
        RESET_PASSWORD(Duration.ofHours(1)),
        CHANGE_EMAIL(Duration.ofDays(1));

        final Duration lifetime;

        Purpose(Duration lifetime) {
            this.lifetime = lifetime;
        }
    }

    /** What a link turned out to be: usable (with its account), expired, already used, or unknown. */
    sealed interface Check {}

    record Valid(long accountId, @Nullable String newEmail) implements Check {}

    record Expired() implements Check {}

    record Used() implements Check {}

    record Unknown() implements Check {}

    private static final SecureRandom random = new SecureRandom();
    private static final int MAX_LENGTH = 100;

    private final JdbcClient db;

    Tokens(JdbcClient db) {
        this.db = db;
    }

    String issue(long accountId, Purpose purpose, @Nullable String newEmail) {
        var secret = new byte[32];
        random.nextBytes(secret);
        var token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        db.sql("insert into accounts.account_token (hash, account_id, purpose, new_email, expires_at) values (?, ?, ?, ?, ?)")
                .params(hash(token), accountId, purpose.name(), newEmail, Timestamp.from(Instant.now().plus(purpose.lifetime)))
                .update();
        return token;
    }

    /** Looks at a link without using it, to show its form or say why it cannot be used. */
    Check peek(String token, Purpose purpose) {
        if (token.isEmpty() || token.length() > MAX_LENGTH) {
            return new Unknown();
        }
        return db.sql("""
                        select account_id, new_email, expires_at < now() as expired, used_at is not null as used
                        from accounts.account_token where hash = ? and purpose = ?""")
                .params(hash(token), purpose.name())
                .query((row, number) -> {
                    if (row.getBoolean("used")) {
                        return (Check) new Used();
                    }
                    if (row.getBoolean("expired")) {
                        return new Expired();
                    }
                    return new Valid(row.getLong("account_id"), row.getString("new_email"));
                })
                .optional()
                .orElse(new Unknown());
    }

    /** Uses a link: only the first of two simultaneous uses succeeds. */
    Check use(String token, Purpose purpose) {
        var check = peek(token, purpose);
        if (!(check instanceof Valid)) {
            return check;
        }
        var taken = db.sql("""
                        update accounts.account_token set used_at = now()
                        where hash = ? and purpose = ? and used_at is null and expires_at >= now()""")
                .params(hash(token), purpose.name())
                .update();
        return taken == 1 ? check : new Used();
    }

    /** Makes the account's earlier links of this kind unusable, when a newer one is sent. */
    void revoke(long accountId, Purpose purpose) {
        db.sql("update accounts.account_token set used_at = now() where account_id = ? and purpose = ? and used_at is null")
                .params(accountId, purpose.name())
                .update();
    }

    int forgetExpired() {
        return db.sql("delete from accounts.account_token where expires_at < now() - interval '30 days'").update();
    }

    private static byte[] hash(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
