package coop.agora.directory;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.stereotype.Component;

/**
 * How often one client may call the members API: a member by account, anyone else by network
 * address. It keeps the directory from being copied wholesale by a script, while a person or an
 * honest integration never notices. Counted in memory on each node.
 */
@Component
class ApiAllowance {

    private static final int MAX_TRACKED = 100_000;
    private static final Duration PERIOD = Duration.ofMinutes(1);

    /** Calls allowed per client and minute; set by {@code agora.directory.api.per-minute}. */
    @ConfigurationProperties("agora.directory.api")
    record Settings(@DefaultValue("60") int perMinute) {}

    private final Settings settings;
    private final Cache<String, Bucket> buckets = Caffeine.newBuilder().maximumSize(MAX_TRACKED).expireAfterAccess(PERIOD).build();

    ApiAllowance(Settings settings) {
        this.settings = settings;
    }

    /** Takes one call from the client's allowance; false once it is spent for now. */
    boolean take(String client) {
        return buckets.get(client, key -> Bucket.builder()
                        .addLimit(limit -> limit.capacity(settings.perMinute()).refillGreedy(settings.perMinute(), PERIOD))
                        .build())
                .tryConsume(1);
    }

    long retryAfterSeconds() {
        return Math.max(1, PERIOD.toSeconds() / Math.max(1, settings.perMinute()));
    }
}
