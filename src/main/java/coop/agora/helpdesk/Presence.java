package coop.agora.helpdesk;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import coop.agora.accounts.Members;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Who else has a request open, so that two advisors never answer the same member twice. Kept in the
 * database, so it works across servers; an open page refreshes its line every few seconds, and a
 * line older than {@link #EXPIRY} means the colleague left.
 */
@Service
class Presence {

    static final Duration EXPIRY = Duration.ofSeconds(45);
    /**
     * A line this server wrote more recently is not written again, as a session's last access: with
     * the page's refresh every 10 seconds, a line is then at most 30 seconds old, well within the expiry.
     */
    static final Duration REWRITE_AFTER = Duration.ofSeconds(20);

    private final JdbcClient db;
    private final Members members;
    /** The lines this server wrote lately, and whether they said answering. */
    private final Cache<Line, Boolean> written = Caffeine.newBuilder().expireAfterWrite(REWRITE_AFTER).maximumSize(50_000).build();

    Presence(JdbcClient db, Members members) {
        this.db = db;
        this.members = members;
    }

    private record Line(long requestId, long advisorId) {}

    /** A colleague's line, before their name is read. */
    record Seen(long advisorId, boolean answering) {}

    /** Notes the advisor on the request; once answering, they stay answering until they leave. */
    void seen(long requestId, long advisorId, boolean answering) {
        var line = new Line(requestId, advisorId);
        var before = written.getIfPresent(line);
        if (before != null && (before || !answering)) {
            return;
        }
        db.sql("""
                        insert into helpdesk.presence (request_id, advisor_id, answering, seen_at) values (?, ?, ?, now())
                        on conflict (request_id, advisor_id) do update
                        set answering = excluded.answering
                                or (helpdesk.presence.answering and helpdesk.presence.seen_at > now() - make_interval(secs => ?)),
                            seen_at = now()""")
                .params(requestId, advisorId, answering, EXPIRY.toSeconds())
                .update();
        written.put(line, answering || Boolean.TRUE.equals(before));
    }

    void left(long requestId, long advisorId) {
        written.invalidate(new Line(requestId, advisorId));
        db.sql("delete from helpdesk.presence where request_id = ? and advisor_id = ?").params(requestId, advisorId).update();
    }

    /** The colleagues present, longest first, without their names, which the caller reads with others. */
    List<Seen> othersSeen(long requestId, long advisorId) {
        return db.sql("""
                        select advisor_id, answering from helpdesk.presence
                        where request_id = ? and advisor_id <> ? and seen_at > now() - make_interval(secs => ?) order by seen_at""")
                .params(requestId, advisorId, EXPIRY.toSeconds())
                .query(Seen.class)
                .list();
    }

    List<PresentColleague> others(long requestId, long advisorId, Locale language) {
        var seen = othersSeen(requestId, advisorId);
        return named(seen, members.displayNames(seen.stream().map(Seen::advisorId).toList(), language));
    }

    static List<PresentColleague> named(List<Seen> seen, Map<Long, String> names) {
        return seen.stream().map(line -> new PresentColleague(names.get(line.advisorId()), line.answering())).toList();
    }

    /** Forgets lines nobody refreshed, so the table stays small. */
    int sweep() {
        return db.sql("delete from helpdesk.presence where seen_at < now() - interval '10 minutes'").update();
    }
}
