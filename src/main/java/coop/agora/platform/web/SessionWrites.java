package coop.agora.platform.web;

import java.time.Duration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;

/**
 * Sessions live in PostgreSQL, and every request touches its session's last access. Writing that
 * time on every request made each signed-in page a write transaction; it is now written when it
 * moved by at least {@link #LAST_ACCESS_PRECISION}, or when anything else about the session
 * changed. A session may therefore expire up to that much earlier than its timeout says.
 *
 * <p>Two requests of one session at once may both add the same attribute (a redirect's one-time
 * notice, for one); the attribute is therefore written with an upsert, so the second one replaces
 * the first instead of failing on the primary key.
 */
@Configuration(proxyBeanMethods = false)
class SessionWrites {

    static final Duration LAST_ACCESS_PRECISION = Duration.ofMinutes(1);

    /** The repository's own update, with the same parameters in the same order, made conditional. */
    static final String UPDATE_WHEN_MATERIAL = """
            UPDATE %%TABLE_NAME%% AS s
            SET SESSION_ID = v.session_id, LAST_ACCESS_TIME = v.last_access_time, MAX_INACTIVE_INTERVAL = v.max_inactive_interval,
                EXPIRY_TIME = v.expiry_time, PRINCIPAL_NAME = v.principal_name
            FROM (VALUES (CAST(? AS text), CAST(? AS bigint), CAST(? AS integer), CAST(? AS bigint), CAST(? AS text), CAST(? AS char(36))))
                AS v (session_id, last_access_time, max_inactive_interval, expiry_time, principal_name, primary_id)
            WHERE s.PRIMARY_ID = v.primary_id
              AND (s.SESSION_ID <> v.session_id
                   OR s.MAX_INACTIVE_INTERVAL <> v.max_inactive_interval
                   OR s.PRINCIPAL_NAME IS DISTINCT FROM v.principal_name
                   OR v.last_access_time - s.LAST_ACCESS_TIME >= %d)""".formatted(LAST_ACCESS_PRECISION.toMillis());

    @Bean
    SessionRepositoryCustomizer<JdbcIndexedSessionRepository> lastAccessWrittenOncePerMinute() {
        return repository -> repository.setUpdateSessionQuery(UPDATE_WHEN_MATERIAL);
    }

    @Bean
    PostgreSqlJdbcIndexedSessionRepositoryCustomizer attributesWrittenByUpsert() {
        return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
    }
}
