package coop.agora.helpdesk;

import coop.agora.accounts.Members;
import coop.agora.platform.web.FormErrors;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Advisors' absences. When one begins, the absent advisor's open requests go back to their pole's
 * shared queue and the team is told, so that nothing waits for their return.
 */
@Service
class Absences {

    static final int LONGEST_DAYS = 366;
    private static final ZoneId OFFICES_ZONE = ZoneId.of("Europe/Brussels");

    private final JdbcClient db;
    private final Colleagues colleagues;
    private final Members members;
    private final HelpdeskMails mails;
    private final ApplicationEventPublisher events;

    Absences(JdbcClient db, Colleagues colleagues, Members members, HelpdeskMails mails, ApplicationEventPublisher events) {
        this.db = db;
        this.colleagues = colleagues;
        this.members = members;
        this.mails = mails;
        this.events = events;
    }

    List<Absence> of(long advisorId) {
        return db.sql("""
                        select id, starts_on, ends_on, released_at is not null as started from helpdesk.absence
                        where advisor_id = ? and ends_on >= ? order by starts_on""")
                .params(advisorId, today())
                .query(Absence.class)
                .list();
    }

    @Transactional
    public void record(long advisorId, @Nullable LocalDate startsOn, @Nullable LocalDate endsOn) {
        var errors = FormErrors.builder();
        var today = today();
        if (startsOn == null) {
            errors.reject("startsOn", "helpdesk.error.startsOn");
        } else if (startsOn.isBefore(today)) {
            errors.reject("startsOn", "helpdesk.error.startsOnPast");
        }
        if (endsOn == null) {
            errors.reject("endsOn", "helpdesk.error.endsOn");
        } else if (startsOn != null && (endsOn.isBefore(startsOn) || endsOn.isAfter(startsOn.plusDays(LONGEST_DAYS)))) {
            errors.reject("endsOn", "helpdesk.error.endsOnRange");
        }
        if (errors.any()) {
            throw new Refused(errors.build());
        }
        db.sql("insert into helpdesk.absence (advisor_id, starts_on, ends_on) values (?, ?, ?)").params(advisorId, startsOn, endsOn).update();
        releaseStarted();
    }

    /** Cancels an absence that has not begun yet. */
    @Transactional
    public void cancel(long advisorId, long absenceId) {
        db.sql("delete from helpdesk.absence where id = ? and advisor_id = ? and released_at is null").params(absenceId, advisorId).update();
    }

    /**
     * Returns the open requests of every advisor whose absence has begun to the shared queues and
     * tells their teams. Run by a job, and at once when an absence starting today is recorded.
     *
     * @return how many absences began
     */
    @Transactional
    public int releaseStarted() {
        var today = today();
        record Started(long id, long advisorId) {}
        var started = db.sql("""
                        select id, advisor_id from helpdesk.absence
                        where released_at is null and starts_on <= ? and ends_on >= ? for update skip locked""")
                .params(today, today)
                .query(Started.class)
                .list();
        for (var absence : started) {
            record Released(long id, @Nullable Long memberId, String status, String pole) {}
            var released = db.sql("""
                            update helpdesk.request set assignee_id = null, updated_at = now(),
                                status = case when status = 'IN_PROGRESS' then 'RECEIVED' else status end
                            where assignee_id = ? and status <> 'CLOSED' and merged_into is null
                            returning id, member_id, status, pole""")
                    .param(absence.advisorId())
                    .query(Released.class)
                    .list();
            released.stream().filter(r -> r.status().equals("RECEIVED"))
                    .forEach(r -> events.publishEvent(new RequestStatusChanged(r.id(), r.memberId(), RequestStatus.RECEIVED, null)));
            var team = new HashSet<Long>();
            colleagues.polesOf(absence.advisorId()).forEach(pole -> colleagues.of(pole).forEach(advisor -> team.add(advisor.id())));
            team.remove(absence.advisorId());
            if (!released.isEmpty() && !team.isEmpty()) {
                var name = members.displayNames(List.of(absence.advisorId()), Locale.FRENCH).get(absence.advisorId());
                mails.backInQueue(team, name, released.size());
            }
            db.sql("update helpdesk.absence set released_at = now() where id = ?").param(absence.id()).update();
        }
        return started.size();
    }

    private static LocalDate today() {
        return LocalDate.now(OFFICES_ZONE);
    }
}
