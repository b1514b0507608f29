package coop.agora.notifications;

import coop.agora.platform.PlatformSettings;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Links in mail that stop one kind of mail for one member without signing in. The member and kind
 * are signed with HMAC-SHA256, so a link cannot be made for someone else or altered to another kind.
 */
@Component
class UnsubscribeLinks {

    static final String PATH = "/notifications/unsubscribe";

    private final PlatformSettings platform;
    private final SecretKeySpec key;

    UnsubscribeLinks(PlatformSettings platform, NotificationSettings settings, JdbcClient db) {
        this.platform = platform;
        this.key = new SecretKeySpec(keyBytes(settings, db), "HmacSHA256");
    }

    /** The configured key, or the one stored on first start; every node reads the same row. */
    private static byte[] keyBytes(NotificationSettings settings, JdbcClient db) {
        if (StringUtils.hasText(settings.signingKey())) {
            return Base64.getDecoder().decode(settings.signingKey());
        }
        var fresh = new byte[32];
        new SecureRandom().nextBytes(fresh);
        db.sql("insert into notifications.signing_key (id, key) values (1, ?) on conflict do nothing").param(fresh).update();
        return db.sql("select key from notifications.signing_key where id = 1").query(byte[].class).single();
    }

    /** The absolute link, for the mail's body and its List-Unsubscribe header. */
    String link(long memberId, NotificationKind kind) {
        return link(memberId, kind.name());
    }

    /** A link that stops a digest: every kind the member gets in it then stays in the notification centre only. */
    String link(long memberId, Delivery digest) {
        return link(memberId, digest.name());
    }

    private String link(long memberId, String scope) {
        return platform.link(PATH + "?member=" + memberId + "&kind=" + scope + "&signature=" + signature(memberId, scope));
    }

    /** The member a link is for, if its signature matches the member and the kind or digest it names. */
    Optional<Long> verify(String member, String kind, String signature) {
        long memberId;
        try {
            memberId = Long.parseLong(member);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        var expected = signature(memberId, kind).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, signature.getBytes(StandardCharsets.US_ASCII)) ? Optional.of(memberId) : Optional.empty();
    }

    private String signature(long memberId, String scope) {
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            var digest = mac.doFinal(("unsubscribe:" + memberId + ":" + scope).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every Java runtime", e);
        }
    }
}
