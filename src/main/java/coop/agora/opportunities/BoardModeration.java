package coop.agora.opportunities;

import coop.agora.platform.web.FormErrors;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reports of abuse and what moderators do with them: hide the opportunity, show it again, or dismiss the reports. */
@Service
class BoardModeration {

    static final int MAX_REASON = 500;

    private final JdbcClient db;
    private final Opportunities opportunities;

    BoardModeration(JdbcClient db, Opportunities opportunities) {
        this.db = db;
        this.opportunities = opportunities;
    }

    @Transactional
    FormErrors report(long opportunityId, long reporterId, String reason) {
        var text = reason.strip();
        if (text.isEmpty()) {
            return FormErrors.builder().reject("reason", "opportunities.report.error.required").build();
        }
        if (text.length() > MAX_REASON) {
            return FormErrors.builder().reject("reason", "opportunities.report.error.long").build();
        }
        db.sql("insert into opportunities.flag (opportunity_id, reporter_id, reason) values (?, ?, ?)")
                .params(opportunityId, reporterId, text)
                .update();
        return FormErrors.none();
    }

    /** Opportunities with reports not dealt with yet, and hidden ones, most reported first. */
    List<FlaggedOpportunity> flagged() {
        return db.sql("""
                        select o.id, o.title, o.hidden,
                               array(select f.reason from opportunities.flag f where f.opportunity_id = o.id and f.resolved_at is null order by f.id) as reasons
                        from opportunities.opportunity o
                        where o.hidden or exists (select 1 from opportunities.flag f where f.opportunity_id = o.id and f.resolved_at is null)
                        order by cardinality(array(select 1 from opportunities.flag f where f.opportunity_id = o.id and f.resolved_at is null)) desc, o.id desc
                        limit 200""")
                .query((row, number) -> new FlaggedOpportunity(row.getLong("id"), row.getString("title"), row.getBoolean("hidden"),
                        List.of((String[]) row.getArray("reasons").getArray())))
                .list();
    }

    @Transactional
    void hide(long opportunityId) {
        opportunities.setHidden(opportunityId, true);
        resolve(opportunityId);
    }

    @Transactional
    void show(long opportunityId) {
        opportunities.setHidden(opportunityId, false);
        resolve(opportunityId);
    }

    @Transactional
    void dismiss(long opportunityId) {
        resolve(opportunityId);
    }

    private void resolve(long opportunityId) {
        db.sql("update opportunities.flag set resolved_at = now() where opportunity_id = ? and resolved_at is null").param(opportunityId).update();
    }
}
