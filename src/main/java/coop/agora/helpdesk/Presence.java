package coop.agora.helpdesk;

import coop.agora.accounts.Members;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
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

    private final JdbcClient db;
    private final Members members;

    Presence(JdbcClient db, Members members) {
        this.db = db;
        this.members = members;
    }

    /** Notes the advisor on the request; once answering, they stay answering until they leave. */
    void seen(long requestId, long advisorId, boolean answering) {
        db.sql("""
                        insert into helpdesk.presence (request_id, advisor_id, answering, seen_at) values (?, ?, ?, now())
                        on conflict (request_id, advisor_id) do update
                        set answering = excluded.answering
                                or (helpdesk.presence.answering and helpdesk.presence.seen_at > now() - make_interval(secs => ?)),
                            seen_at = now()""")
                .params(requestId, advisorId, answering, EXPIRY.toSeconds())
                .update();
    }

    void left(long requestId, long advisorId) {
        db.sql("delete from helpdesk.presence where request_id = ? and advisor_id = ?").params(requestId, advisorId).update();
    }

    List<PresentColleague> others(long requestId, long advisorId, Locale language) {
        record Row(long advisorId, boolean answering) {}
        var rows = db.sql("""
                        select advisor_id, answering from helpdesk.presence
                        where request_id = ? and advisor_id <> ? and seen_at > now() - make_interval(secs => ?) order by seen_at""")
                .params(requestId, advisorId, EXPIRY.toSeconds())
                .query(Row.class)
                .list();
        var names = members.displayNames(rows.stream().map(Row::advisorId).toList(), language);
        return rows.stream().map(row -> new PresentColleague(names.get(row.advisorId()), row.answering())).toList();
    }

    /** Forgets lines nobody refreshed, so the table stays small. */
    int sweep() {
        return db.sql("delete from helpdesk.presence where seen_at < now() - interval '10 minutes'").update();
    }
}
