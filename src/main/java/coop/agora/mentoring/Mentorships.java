package coop.agora.mentoring;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The life of a mentorship: a member asks one mentor at a time, who accepts or declines within a
 * week; then the pair meets, keeps notes if they wish, ends it and tells how it went. Accepting
 * locks the mentor's row, so two answers at once never go over their capacity.
 */
@Service
class Mentorships {

    static final Duration ANSWER_WITHIN = Duration.ofDays(7);
    static final int MAX_FEEDBACK = 2_000;
    static final int MAX_NOTE = 5_000;

    private final JdbcClient db;
    private final MentoringMails mails;

    Mentorships(JdbcClient db, MentoringMails mails) {
        this.db = db;
        this.mails = mails;
    }

    @Transactional
    void offer(long memberId, MentoringRules.Offer offer) {
        var profile = offer.profile();
        var town = profile.town();
        db.sql("""
                        insert into mentoring.mentor (member_id, skill_ids, sectors, languages, town_label, latitude, longitude, remote, capacity, about)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        on conflict (member_id) do update set skill_ids = excluded.skill_ids, sectors = excluded.sectors,
                            languages = excluded.languages, town_label = excluded.town_label, latitude = excluded.latitude,
                            longitude = excluded.longitude, remote = excluded.remote, capacity = excluded.capacity, about = excluded.about,
                            available = true, updated_at = now()""")
                .params(memberId, profile.skillIds().toArray(Long[]::new), profile.sectors().toArray(String[]::new),
                        profile.languages().toArray(String[]::new), town == null ? null : town.label(), town == null ? null : town.latitude(),
                        town == null ? null : town.longitude(), offer.remote(), offer.capacity(), offer.about())
                .update();
    }

    /** Stops suggesting the mentor; mentorships under way go on. */
    @Transactional
    void pause(long memberId) {
        db.sql("update mentoring.mentor set available = false, updated_at = now() where member_id = ?").param(memberId).update();
    }

    @Transactional
    long request(long menteeId, MentoringRules.Ask ask) {
        var profile = ask.profile();
        var town = profile.town();
        try {
            return db.sql("""
                            insert into mentoring.mentoring_request (mentee_id, project, skill_ids, sectors, languages, town_label, latitude, longitude, remote_ok)
                            values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                    .params(menteeId, ask.project(), profile.skillIds().toArray(Long[]::new), profile.sectors().toArray(String[]::new),
                            profile.languages().toArray(String[]::new), town == null ? null : town.label(),
                            town == null ? null : town.latitude(), town == null ? null : town.longitude(), ask.remoteOk())
                    .query(Long.class)
                    .single();
        } catch (DuplicateKeyException e) {
            throw MentoringRules.Refused.because("mentoring.error.requestUnderWay");
        }
    }

    /** Asks one mentor for a request; the request waits for their answer. */
    @Transactional
    long ask(long menteeId, long requestId, long mentorId) {
        var status = db.sql("select status from mentoring.mentoring_request where id = ? and mentee_id = ? for update")
                .params(requestId, menteeId)
                .query(String.class)
                .optional()
                .orElseThrow(() -> MentoringRules.Refused.because("mentoring.error.notYourRequest"));
        if (mentorId == menteeId) {
            throw MentoringRules.Refused.because("mentoring.error.selfMentoring");
        }
        if (!status.equals("OPEN")) {
            throw MentoringRules.Refused.because("mentoring.error.requestNotOpen");
        }
        var room = db.sql("select available and active_count < capacity from mentoring.mentor where member_id = ?")
                .param(mentorId)
                .query(Boolean.class)
                .optional();
        if (room.isEmpty() || !room.get()) {
            throw MentoringRules.Refused.because("mentoring.error.mentorFull");
        }
        var asked = db.sql("select exists (select 1 from mentoring.mentorship where request_id = ? and mentor_id = ?)")
                .params(requestId, mentorId)
                .query(Boolean.class)
                .single();
        if (asked) {
            throw MentoringRules.Refused.because("mentoring.error.alreadyAsked");
        }
        var id = db.sql("""
                        insert into mentoring.mentorship (request_id, mentor_id, mentee_id, status, answer_due)
                        values (?, ?, ?, 'REQUESTED', now() + ?::interval) returning id""")
                .params(requestId, mentorId, menteeId, ANSWER_WITHIN.toDays() + " days")
                .query(Long.class)
                .single();
        db.sql("update mentoring.mentoring_request set status = 'ASKED' where id = ?").param(requestId).update();
        mails.send(mentorId, "mentoring.mail.asked", menteeId, "/mentoring/mentorships/" + id);
        return id;
    }

    private record Pending(long mentorId, long menteeId, String status, @Nullable Long requestId) {}

    private record Due(long mentorshipId, Pending pending) {}

    /** The mentor says yes: within their capacity, once. */
    @Transactional
    void accept(long mentorId, long mentorshipId) {
        // The mentor's row first, always in this order, so concurrent answers queue up behind it.
        var room = db.sql("select capacity - active_count from mentoring.mentor where member_id = ? for update")
                .param(mentorId)
                .query(Integer.class)
                .optional()
                .orElse(0);
        var pending = pending(mentorshipId, mentorId);
        if (room <= 0) {
            throw MentoringRules.Refused.because("mentoring.error.overCapacity");
        }
        db.sql("update mentoring.mentorship set status = 'ACTIVE', accepted_at = now() where id = ?").param(mentorshipId).update();
        db.sql("update mentoring.mentor set active_count = active_count + 1 where member_id = ?").param(mentorId).update();
        if (pending.requestId() != null) {
            db.sql("update mentoring.mentoring_request set status = 'MATCHED' where id = ?").param(pending.requestId()).update();
        }
        mails.send(pending.menteeId(), "mentoring.mail.accepted", mentorId, "/mentoring/mentorships/" + mentorshipId);
    }

    /** The mentor says no: the request comes back to the member with the next suggestions. */
    @Transactional
    void decline(long mentorId, long mentorshipId) {
        var pending = pending(mentorshipId, mentorId);
        close(mentorshipId, "DECLINED", pending);
        mails.send(pending.menteeId(), "mentoring.mail.declined", mentorId, requestPath(pending));
    }

    /** Requests not answered within a week go back to their members with the next suggestions; a few at a time. */
    @Transactional
    int passBackUnanswered(Instant now) {
        var due = db.sql("""
                        select id, mentor_id, mentee_id, status, request_id from mentoring.mentorship
                        where status = 'REQUESTED' and answer_due < ? order by answer_due limit 100 for update skip locked""")
                .param(Timestamp.from(now))
                .query((row, number) -> new Due(row.getLong("id"), new Pending(row.getLong("mentor_id"), row.getLong("mentee_id"),
                        row.getString("status"), row.getObject("request_id", Long.class))))
                .list();
        for (var each : due) {
            close(each.mentorshipId(), "EXPIRED", each.pending());
            mails.send(each.pending().menteeId(), "mentoring.mail.expired", each.pending().mentorId(), requestPath(each.pending()));
        }
        return due.size();
    }

    private static String requestPath(Pending pending) {
        return pending.requestId() == null ? "/mentoring" : "/mentoring/requests/" + pending.requestId();
    }

    private Pending pending(long mentorshipId, long mentorId) {
        var pending = db.sql("select mentor_id, mentee_id, status, request_id from mentoring.mentorship where id = ? and mentor_id = ? for update")
                .params(mentorshipId, mentorId)
                .query((row, number) -> new Pending(row.getLong("mentor_id"), row.getLong("mentee_id"), row.getString("status"),
                        row.getObject("request_id", Long.class)))
                .optional()
                .orElseThrow(() -> MentoringRules.Refused.because("mentoring.error.notYours"));
        if (!pending.status().equals("REQUESTED")) {
            throw MentoringRules.Refused.because("mentoring.error.alreadyAnswered");
        }
        return pending;
    }

    private void close(long mentorshipId, String status, Pending pending) {
        db.sql("update mentoring.mentorship set status = ?, closed_at = now() where id = ?").params(status, mentorshipId).update();
        if (pending.requestId() != null) {
            db.sql("update mentoring.mentoring_request set status = 'OPEN' where id = ? and status = 'ASKED'").param(pending.requestId()).update();
        }
    }

    /** Either of the pair ends a mentorship under way, which frees a place for the mentor. */
    @Transactional
    void end(long memberId, long mentorshipId) {
        // The mentor's row first, as when accepting, so that the count of places never races.
        db.sql("""
                        select 1 from mentoring.mentor
                        where member_id = (select mentor_id from mentoring.mentorship where id = ?) for update""")
                .param(mentorshipId)
                .query(Integer.class)
                .optional();
        var ended = db.sql("""
                        update mentoring.mentorship set status = 'ENDED', closed_at = now()
                        where id = ? and status = 'ACTIVE' and (mentor_id = ? or mentee_id = ?) returning mentor_id""")
                .params(mentorshipId, memberId, memberId)
                .query(Long.class)
                .optional();
        if (ended.isEmpty()) {
            throw MentoringRules.Refused.because("mentoring.error.notActive");
        }
        db.sql("update mentoring.mentor set active_count = greatest(active_count - 1, 0) where member_id = ?").param(ended.get()).update();
    }

    @Transactional
    void log(long memberId, long mentorshipId, LocalDate heldOn, String note) {
        var active = db.sql("select exists (select 1 from mentoring.mentorship where id = ? and status = 'ACTIVE' and (mentor_id = ? or mentee_id = ?))")
                .params(mentorshipId, memberId, memberId)
                .query(Boolean.class)
                .single();
        if (!active) {
            throw MentoringRules.Refused.because("mentoring.error.notActive");
        }
        db.sql("insert into mentoring.session_log (mentorship_id, author_id, held_on, note) values (?, ?, ?, ?)")
                .params(mentorshipId, memberId, heldOn, note)
                .update();
    }

    /** Each of the pair tells, once, how the mentorship went. */
    @Transactional
    void feedback(long memberId, long mentorshipId, String text) {
        var updated = db.sql("""
                        update mentoring.mentorship
                        set mentor_feedback = case when mentor_id = ? then ? else mentor_feedback end,
                            mentee_feedback = case when mentee_id = ? then ? else mentee_feedback end
                        where id = ? and status = 'ENDED'
                          and ((mentor_id = ? and mentor_feedback is null) or (mentee_id = ? and mentee_feedback is null))""")
                .params(memberId, text, memberId, text, mentorshipId, memberId, memberId)
                .update();
        if (updated == 0) {
            throw MentoringRules.Refused.because("mentoring.error.feedbackClosed");
        }
    }
}
