package coop.agora.helpdesk;

import coop.agora.offices.Offices;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells the coordinators of a pole and office, once, when one of their requests nobody has answered
 * is due within one business day of that office.
 */
@Service
class AtRiskWatch {

    private final JdbcClient db;
    private final Offices offices;
    private final Promise promise;
    private final HelpdeskMails mails;

    AtRiskWatch(JdbcClient db, Offices offices, Promise promise, HelpdeskMails mails) {
        this.db = db;
        this.offices = offices;
        this.promise = promise;
        this.mails = mails;
    }

    /** @return how many requests were newly found at risk */
    @Transactional
    public int notifyAtRisk() {
        var now = Instant.now();
        var found = 0;
        for (var office : offices.all()) {
            record AtRisk(long id, String pole, String subject, LocalDate dueOn) {}
            var atRisk = db.sql("""
                            update helpdesk.request set at_risk_notified_at = now()
                            where office_id = ? and status in ('RECEIVED', 'IN_PROGRESS') and at_risk_notified_at is null
                              and merged_into is null and due_on <= ?
                            returning id, pole, subject, due_on""")
                    .params(office.id(), promise.atRiskUntil(office.id(), now))
                    .query(AtRisk.class)
                    .list();
            for (var request : atRisk) {
                var coordinators = db.sql("select advisor_id from helpdesk.coordinator where pole = ? and office_id = ?")
                        .params(request.pole(), office.id())
                        .query(Long.class)
                        .list();
                mails.atRisk(coordinators, request.id(), request.subject(), request.dueOn());
            }
            found += atRisk.size();
        }
        return found;
    }
}
