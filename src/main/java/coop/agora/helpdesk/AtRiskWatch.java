package coop.agora.helpdesk;

import coop.agora.offices.Offices;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Objects;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Tells the coordinators of a pole and office, once, when one of their requests nobody has answered
 * is due within one business day of that office. Requests are marked in small batches, each in its
 * own short transaction, skipping rows an advisor is writing to at that moment: a long backlog
 * (after an outage, or on first start) must never hold up the replies that would shorten it.
 */
@Service
class AtRiskWatch {

    static final int BATCH = 200;

    private final JdbcClient db;
    private final Offices offices;
    private final Promise promise;
    private final HelpdeskMails mails;
    private final TransactionTemplate transactions;

    AtRiskWatch(JdbcClient db, Offices offices, Promise promise, HelpdeskMails mails, PlatformTransactionManager transactions) {
        this.db = db;
        this.offices = offices;
        this.promise = promise;
        this.mails = mails;
        this.transactions = new TransactionTemplate(transactions);
    }

    private record AtRisk(long id, String pole, String subject, LocalDate dueOn) {}

    /** @return how many requests were newly found at risk */
    public int notifyAtRisk() {
        var now = Instant.now();
        var found = 0;
        for (var office : offices.all()) {
            var until = promise.atRiskUntil(office.id(), now);
            int marked;
            do {
                marked = Objects.requireNonNull(transactions.execute(status -> markAndTell(office.id(), until)));
                found += marked;
            } while (marked == BATCH);
        }
        return found;
    }

    private int markAndTell(long officeId, LocalDate until) {
        var atRisk = db.sql("""
                        with due as (
                            select id from helpdesk.request
                            where office_id = ? and status in ('RECEIVED', 'IN_PROGRESS') and at_risk_notified_at is null
                              and merged_into is null and due_on <= ?
                            order by due_on, id
                            limit ?
                            for update skip locked)
                        update helpdesk.request r set at_risk_notified_at = now() from due where r.id = due.id
                        returning r.id, r.pole, r.subject, r.due_on""")
                .params(officeId, until, BATCH)
                .query(AtRisk.class)
                .list();
        var coordinatorsByPole = new HashMap<String, List<Long>>();
        for (var request : atRisk) {
            var coordinators = coordinatorsByPole.computeIfAbsent(request.pole(), pole -> db.sql(
                            "select advisor_id from helpdesk.coordinator where pole = ? and office_id = ?")
                    .params(pole, officeId)
                    .query(Long.class)
                    .list());
            mails.atRisk(coordinators, request.id(), request.subject(), request.dueOn());
        }
        return atRisk.size();
    }
}
