package coop.agora.events;

import coop.agora.accounts.PersonalData;
import java.util.LinkedHashMap;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A member's part of the agenda. Erasure gives up their seats (people waiting move up) and their
 * feed; events they organized stay for those registered, shown as organized by a former member.
 */
@Component
class EventsPersonalData implements PersonalData {

    private final JdbcClient db;
    private final Registrations registrations;
    private final FeedSecrets secrets;

    EventsPersonalData(JdbcClient db, Registrations registrations, FeedSecrets secrets) {
        this.db = db;
        this.registrations = registrations;
        this.secrets = secrets;
    }

    @Override
    public String section() {
        return "events";
    }

    @Override
    public Object export(long memberId) {
        var data = new LinkedHashMap<String, Object>();
        data.put("organized", db.sql("""
                        select id, title, type, language, starts_at, ends_at, time_zone, office_id, town, online_url, capacity, question,
                               cancelled_at, created_at
                        from events.event where organizer_id = ? order by id""")
                .param(memberId).query().listOfRows());
        data.put("registrations", db.sql("""
                        select r.event_id, e.title, r.status, r.answer, r.created_at
                        from events.registration r join events.event e on e.id = r.event_id where r.member_id = ? order by r.id""")
                .param(memberId).query().listOfRows());
        data.put("privateFeed", secrets.of(memberId).isPresent());
        return data;
    }

    @Override
    public void erase(long memberId) {
        List<Long> events = db.sql("select event_id from events.registration where member_id = ? order by event_id")
                .param(memberId).query(Long.class).list();
        events.forEach(event -> registrations.unregister(event, memberId));
        secrets.forget(memberId);
        db.sql("update events.event set organizer_id = null where organizer_id = ?").param(memberId).update();
    }
}
