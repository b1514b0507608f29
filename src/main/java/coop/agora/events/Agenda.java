package coop.agora.events;

import coop.agora.platform.Viewer;
import coop.agora.platform.web.FormErrors;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creating, changing and cancelling events. */
@Service
class Agenda {

    private final JdbcClient db;
    private final EventRules rules;
    private final Registrations registrations;
    private final EventMails mails;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;

    Agenda(JdbcClient db, EventRules rules, Registrations registrations, EventMails mails, ApplicationEventPublisher publisher) {
        this.db = db;
        this.rules = rules;
        this.registrations = registrations;
        this.mails = mails;
        this.publisher = publisher;
        this.clock = Clock.systemUTC();
    }

    /** A form refused with its problems; nothing was saved. */
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

    @Transactional
    long create(Viewer organizer, EventForm form) {
        var errors = rules.problems(form, organizer, clock.instant(), null);
        if (errors.any()) {
            throw new Refused(errors);
        }
        return insert(rules.checked(form), organizer.id());
    }

    /** An event of a member group, planned by one of its organizers; the group's members hear of it. */
    @Transactional
    long createForGroup(long organizerId, boolean forTheCooperative, EventForm form, long groupId) {
        var errors = rules.problems(form, forTheCooperative, clock.instant(), null);
        if (errors.any()) {
            throw new Refused(errors);
        }
        var checked = rules.checked(form);
        var id = insert(checked, organizerId);
        db.sql("update events.event set group_id = ? where id = ?").params(groupId, id).update();
        publisher.publishEvent(new GroupEventPlanned(id, groupId, organizerId, checked.title()));
        return id;
    }

    /** Stores a checked event; also used to seed the demo. */
    long insert(EventRules.Checked event, @Nullable Long organizerId) {
        return db.sql("""
                        insert into events.event (title, description, type, language, starts_at, ends_at, time_zone, office_id, town,
                                                  online_url, organizer_id, capacity, question)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(event.title(), event.description(), event.type().name(), event.language(), Timestamp.from(event.startsAt()),
                        Timestamp.from(event.endsAt()), event.timeZone().getId(), event.officeId(), event.town(), event.onlineUrl(),
                        organizerId, event.capacity(), event.question())
                .query(Long.class)
                .single();
    }

    /** Changes an event the caller may manage; a larger capacity gives seats to people waiting. */
    @Transactional
    void edit(Viewer editor, Event event, EventForm form) {
        registrations.lock(event.id());
        var errors = FormErrors.builder();
        var problems = rules.problems(form, editor, clock.instant(), event.startsAt());
        problems.fields().forEach(errors::reject);
        if (!problems.any()) {
            var checked = rules.checked(form);
            var registered = registrations.registeredCount(event.id());
            if (checked.capacity() != null && checked.capacity() < registered) {
                errors.reject("capacity", "events.error.capacityBelowRegistered");
            }
        }
        if (errors.any()) {
            throw new Refused(errors.build());
        }
        var checked = rules.checked(form);
        db.sql("""
                        update events.event set title = ?, description = ?, type = ?, language = ?, starts_at = ?, ends_at = ?, time_zone = ?,
                          office_id = ?, town = ?, online_url = ?, capacity = ?, question = ?,
                          reminded_at = case when starts_at = ? then reminded_at end
                        where id = ?""")
                .params(checked.title(), checked.description(), checked.type().name(), checked.language(), Timestamp.from(checked.startsAt()),
                        Timestamp.from(checked.endsAt()), checked.timeZone().getId(), checked.officeId(), checked.town(), checked.onlineUrl(),
                        checked.capacity(), checked.question(), Timestamp.from(checked.startsAt()), event.id())
                .update();
        registrations.fillFreedSeats(event.id());
    }

    /** Cancels an event; everyone registered or waiting is told by mail. */
    @Transactional
    void cancel(Event event) {
        registrations.lock(event.id());
        var cancelled = db.sql("update events.event set cancelled_at = ? where id = ? and cancelled_at is null")
                .params(Timestamp.from(clock.instant()), event.id())
                .update();
        if (cancelled == 0) {
            return;
        }
        List<Long> people = db.sql("select member_id from events.registration where event_id = ? order by id")
                .param(event.id())
                .query(Long.class)
                .list();
        mails.cancelled(event, people);
        publisher.publishEvent(new EventCancelled(event.id(), people));
    }

    Instant now() {
        return clock.instant();
    }
}
