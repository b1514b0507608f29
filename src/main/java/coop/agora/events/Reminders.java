package coop.agora.events;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The day before an event, its registered people get a reminder by mail, once. */
@Component
class Reminders {

    static final Duration AHEAD = Duration.ofDays(1);

    private final JdbcClient db;
    private final EventMails mails;
    private final ApplicationEventPublisher publisher;

    Reminders(JdbcClient db, EventMails mails, ApplicationEventPublisher publisher) {
        this.db = db;
        this.mails = mails;
        this.publisher = publisher;
    }

    /** Reminds the people of the events starting within a day of {@code now} that were not reminded yet. */
    @Transactional
    void sendDue(Instant now) {
        record Due(long id, Instant startsAt) {}
        List<Due> due = db.sql("""
                        update events.event set reminded_at = ?
                        where cancelled_at is null and reminded_at is null and starts_at > ? and starts_at <= ?
                        returning id, starts_at""")
                .params(Timestamp.from(now), Timestamp.from(now), Timestamp.from(now.plus(AHEAD)))
                .query((row, number) -> new Due(row.getLong("id"), row.getTimestamp("starts_at").toInstant()))
                .list();
        for (var event : due) {
            List<Long> people = db.sql("select member_id from events.registration where event_id = ? and status = 'REGISTERED' order by id")
                    .param(event.id())
                    .query(Long.class)
                    .list();
            if (!people.isEmpty()) {
                mails.reminder(event.id(), people);
                publisher.publishEvent(new EventReminderDue(event.id(), event.startsAt(), people));
            }
        }
    }
}
