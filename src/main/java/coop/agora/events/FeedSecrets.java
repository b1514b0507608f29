package coop.agora.events;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The secrets in the addresses of members' private feeds. A calendar application cannot sign in,
 * so 256 random bits in the address stand for the member; a new secret makes the old address stop.
 */
@Component
class FeedSecrets {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient db;

    FeedSecrets(JdbcClient db) {
        this.db = db;
    }

    Optional<String> of(long memberId) {
        return db.sql("select secret from events.feed_secret where member_id = ?").param(memberId).query(String.class).optional();
    }

    @Transactional
    String renew(long memberId) {
        var bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        var secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        db.sql("""
                        insert into events.feed_secret (member_id, secret) values (?, ?)
                        on conflict (member_id) do update set secret = excluded.secret, created_at = now()""")
                .params(memberId, secret)
                .update();
        return secret;
    }

    Optional<Long> memberOf(String secret) {
        if (secret.length() != 43) {
            return Optional.empty();
        }
        return db.sql("select member_id from events.feed_secret where secret = ?").param(secret).query(Long.class).optional();
    }

    void forget(long memberId) {
        db.sql("delete from events.feed_secret where member_id = ?").param(memberId).update();
    }
}
