package coop.agora.events;

import coop.agora.platform.web.FormErrors;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Seats and the waiting list. Every change locks the event's row first, so two people asking for
 * the last seat at the same moment are served one after the other: one gets it, the other waits.
 */
@Service
class Registrations {

    static final int MAX_ANSWER = 1_000;
    private static final Pattern HTML = Pattern.compile("<\\s*[a-zA-Z!/]");

    private final JdbcClient db;
    private final EventReads reads;
    private final EventMails mails;
    private final ApplicationEventPublisher publisher;
    private final Clock clock = Clock.systemUTC();

    Registrations(JdbcClient db, EventReads reads, EventMails mails, ApplicationEventPublisher publisher) {
        this.db = db;
        this.reads = reads;
        this.mails = mails;
        this.publisher = publisher;
    }

    enum Outcome {
        REGISTERED,
        WAITING
    }

    /** Registration refused, with the reason as a text key for the answer field or the form. */
    static final class Refused extends RuntimeException {

        private final FormErrors errors;

        Refused(FormErrors errors) {
            super(null, null, false, false);
            this.errors = errors;
        }

        FormErrors errors() {
            return errors;
        }
    }

    private record Seats(@Nullable Integer capacity, boolean closed) {}

    private record Locked(@Nullable Integer capacity, boolean cancelled, boolean started, String question) {}

    /** Locks the event's row until the end of the transaction. */
    void lock(long eventId) {
        db.sql("select id from events.event where id = ? for update").param(eventId).query(Long.class).optional();
    }

    int registeredCount(long eventId) {
        return db.sql("select count(*) from events.registration where event_id = ? and status = 'REGISTERED'")
                .param(eventId)
                .query(Integer.class)
                .single();
    }

    @Transactional
    Outcome register(long eventId, long memberId, String answer) {
        var event = db.sql("""
                        select capacity, cancelled_at is not null as cancelled, starts_at <= ? as started, coalesce(question, '') as question
                        from events.event where id = ? for update""")
                .params(Timestamp.from(clock.instant()), eventId)
                .query((row, number) -> new Locked(row.getObject("capacity", Integer.class), row.getBoolean("cancelled"),
                        row.getBoolean("started"), row.getString("question")))
                .optional()
                .orElseThrow(() -> new Refused(FormErrors.builder().rejectForm("events.error.closed").build()));
        if (event.cancelled() || event.started()) {
            throw new Refused(FormErrors.builder().rejectForm("events.error.closed").build());
        }
        var current = reads.statusOf(eventId, memberId);
        if (current.isPresent()) {
            return Outcome.valueOf(current.get());
        }
        var text = answer.strip();
        if (!event.question().isEmpty() && text.isEmpty()) {
            throw new Refused(FormErrors.builder().reject("answer", "events.error.answerRequired").build());
        }
        if (text.length() > MAX_ANSWER) {
            throw new Refused(FormErrors.builder().reject("answer", "events.error.answerTooLong").build());
        }
        if (HTML.matcher(text).find()) {
            throw new Refused(FormErrors.builder().reject("answer", "events.error.noHtml").build());
        }
        var outcome = event.capacity() == null || registeredCount(eventId) < event.capacity() ? Outcome.REGISTERED : Outcome.WAITING;
        db.sql("insert into events.registration (event_id, member_id, status, answer) values (?, ?, ?, ?)")
                .params(eventId, memberId, outcome.name(), event.question().isEmpty() ? "" : text)
                .update();
        return outcome;
    }

    /** Gives up a seat or a place on the waiting list; a freed seat goes to the first person waiting. */
    @Transactional
    void unregister(long eventId, long memberId) {
        lock(eventId);
        var removed = db.sql("delete from events.registration where event_id = ? and member_id = ? returning status")
                .params(eventId, memberId)
                .query(String.class)
                .optional();
        if (removed.filter("REGISTERED"::equals).isPresent()) {
            fillFreedSeats(eventId);
        }
    }

    /** Moves people from the waiting list to free seats, first come first served; the event's row must be locked. */
    void fillFreedSeats(long eventId) {
        var state = db.sql("""
                        select capacity, cancelled_at is not null or starts_at <= ? as closed from events.event where id = ?""")
                .params(Timestamp.from(clock.instant()), eventId)
                .query((row, number) -> new Seats(row.getObject("capacity", Integer.class), row.getBoolean("closed")))
                .optional()
                .orElse(null);
        if (state == null || state.closed()) {
            return;
        }
        var capacity = state.capacity();
        var free = capacity == null ? Integer.MAX_VALUE : capacity - registeredCount(eventId);
        if (free <= 0) {
            return;
        }
        List<Long> promoted = db.sql("""
                        update events.registration set status = 'REGISTERED'
                        where id in (select id from events.registration where event_id = ? and status = 'WAITING' order by id limit ?)
                        returning member_id""")
                .params(eventId, free)
                .query(Long.class)
                .list();
        if (promoted.isEmpty()) {
            return;
        }
        mails.seatOffered(eventId, promoted);
        promoted.forEach(member -> publisher.publishEvent(new SeatOffered(eventId, member)));
    }
}
