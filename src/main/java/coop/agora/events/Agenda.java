package coop.agora.events;

import coop.agora.platform.Viewer;
import coop.agora.platform.web.FormErrors;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
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

    /** Creates an event, or the events of a series, one per date; gives the first one's id. */
    @Transactional
    long create(Viewer organizer, EventForm form, RepeatForm repeat) {
        var errors = withSeries(rules.problems(form, organizer, clock.instant(), null), form, repeat);
        if (errors.any()) {
            throw new Refused(errors);
        }
        return insertAll(rules.checked(form), repeat, organizer.id(), null);
    }

    /** An event (or a series) of a member group, planned by one of its organizers; the group's members hear of it once. */
    @Transactional
    long createForGroup(long organizerId, boolean forTheCooperative, EventForm form, RepeatForm repeat, long groupId) {
        var errors = withSeries(rules.problems(form, forTheCooperative, clock.instant(), null), form, repeat);
        if (errors.any()) {
            throw new Refused(errors);
        }
        var checked = rules.checked(form);
        var id = insertAll(checked, repeat, organizerId, groupId);
        publisher.publishEvent(new GroupEventPlanned(id, groupId, organizerId, checked.title()));
        return id;
    }

    private static FormErrors withSeries(FormErrors eventProblems, EventForm form, RepeatForm repeat) {
        if (!repeat.repeated()) {
            return eventProblems;
        }
        var errors = FormErrors.builder();
        eventProblems.fields().forEach(errors::reject);
        Recurrence.problems(repeat, eventProblems.has("start") ? null : EventRules.startDay(form)).fields().forEach(errors::reject);
        return errors.build();
    }

    private long insertAll(EventRules.Checked event, RepeatForm repeat, @Nullable Long organizerId, @Nullable Long groupId) {
        if (!repeat.repeated()) {
            return insert(event, organizerId, groupId, null);
        }
        var recurrence = Recurrence.of(repeat);
        var firstDay = event.startsAt().atZone(event.timeZone()).toLocalDate();
        var seriesId = db.sql("insert into events.event_series (repeats, every, rule, skipped) values (?, ?, ?, ?::date[]) returning id")
                .params(recurrence.repeats().name(), recurrence.every(), recurrence.rule(firstDay),
                        "{" + String.join(",", recurrence.skipped().stream().map(LocalDate::toString).toList()) + "}")
                .query(Long.class)
                .single();
        Long first = null;
        for (var day : recurrence.dates(firstDay)) {
            var id = insert(event.on(day), organizerId, groupId, seriesId);
            first = first == null ? id : first;
        }
        return first;
    }

    /** Stores a checked event; also used to seed the demo. */
    long insert(EventRules.Checked event, @Nullable Long organizerId) {
        return insert(event, organizerId, null, null);
    }

    /** Stores a checked series; also used to seed the demo. */
    long insertSeries(EventRules.Checked event, RepeatForm repeat, @Nullable Long organizerId) {
        return insertAll(event, repeat, organizerId, null);
    }

    private long insert(EventRules.Checked event, @Nullable Long organizerId, @Nullable Long groupId, @Nullable Long seriesId) {
        return db.sql("""
                        insert into events.event (title, description, type, language, starts_at, ends_at, time_zone, office_id, town,
                                                  online_url, organizer_id, capacity, question, group_id, series_id)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(event.title(), event.description(), event.type().name(), event.language(), Timestamp.from(event.startsAt()),
                        Timestamp.from(event.endsAt()), event.timeZone().getId(), event.officeId(), event.town(), event.onlineUrl(),
                        organizerId, event.capacity(), event.question(), groupId, seriesId)
                .query(Long.class)
                .single();
    }

    /**
     * Changes an event the caller may manage; a larger capacity gives seats to people waiting. For a
     * date of a series, the change also applies to the series' following dates not yet begun, each
     * keeping its own day with the new hours.
     */
    @Transactional
    void edit(Viewer editor, Event event, EventForm form) {
        var following = event.seriesId() == null ? List.<Long>of() : db.sql("""
                        select id from events.event where series_id = ? and starts_at > ? and starts_at > ? and cancelled_at is null
                        order by starts_at""")
                .params(event.seriesId(), Timestamp.from(event.startsAt()), Timestamp.from(clock.instant()))
                .query(Long.class)
                .list();
        registrations.lock(event.id());
        following.forEach(registrations::lock);
        var errors = FormErrors.builder();
        var problems = rules.problems(form, editor, clock.instant(), event.startsAt());
        problems.fields().forEach(errors::reject);
        if (!problems.any()) {
            var checked = rules.checked(form);
            var mostRegistered = registrations.registeredCount(event.id());
            for (var id : following) {
                mostRegistered = Math.max(mostRegistered, registrations.registeredCount(id));
            }
            if (checked.capacity() != null && checked.capacity() < mostRegistered) {
                errors.reject("capacity", "events.error.capacityBelowRegistered");
            }
        }
        if (errors.any()) {
            throw new Refused(errors.build());
        }
        var checked = rules.checked(form);
        update(event.id(), checked);
        for (var id : following) {
            var day = db.sql("select starts_at, time_zone from events.event where id = ?")
                    .param(id)
                    .query((row, number) -> row.getTimestamp("starts_at").toInstant().atZone(ZoneId.of(row.getString("time_zone"))).toLocalDate())
                    .single();
            update(id, checked.on(day));
        }
    }

    private void update(long id, EventRules.Checked checked) {
        db.sql("""
                        update events.event set title = ?, description = ?, type = ?, language = ?, starts_at = ?, ends_at = ?, time_zone = ?,
                          office_id = ?, town = ?, online_url = ?, capacity = ?, question = ?,
                          reminded_at = case when starts_at = ? then reminded_at end
                        where id = ?""")
                .params(checked.title(), checked.description(), checked.type().name(), checked.language(), Timestamp.from(checked.startsAt()),
                        Timestamp.from(checked.endsAt()), checked.timeZone().getId(), checked.officeId(), checked.town(), checked.onlineUrl(),
                        checked.capacity(), checked.question(), Timestamp.from(checked.startsAt()), id)
                .update();
        registrations.fillFreedSeats(id);
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
