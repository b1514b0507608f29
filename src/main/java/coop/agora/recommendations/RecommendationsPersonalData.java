package coop.agora.recommendations;

import coop.agora.accounts.PersonalData;
import java.util.LinkedHashMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A member's part of the tracker: what they follow and what they wrote. Erasure stops the follows;
 * comments stay in the public discussion, shown as by a former member. Changes made as staff stay
 * in the history, which shows a role, not a person.
 */
@Component
class RecommendationsPersonalData implements PersonalData {

    private final JdbcClient db;

    RecommendationsPersonalData(JdbcClient db) {
        this.db = db;
    }

    @Override
    public String section() {
        return "recommendations";
    }

    @Override
    public Object export(long memberId) {
        var data = new LinkedHashMap<String, Object>();
        data.put("following", db.sql("""
                        select c.name as cycle, r.number, coalesce(r.title_fr, r.title_nl, r.title_en) as title, f.since
                        from recommendations.follower f
                        join recommendations.recommendation r on r.id = f.recommendation_id
                        join recommendations.cycle c on c.id = r.cycle_id
                        where f.member_id = ? order by f.since""")
                .param(memberId).query().listOfRows());
        data.put("comments", db.sql("""
                        select m.recommendation_id, m.body, m.created_at, m.hidden_at is not null as hidden
                        from recommendations.comment m where m.author_id = ? order by m.id""")
                .param(memberId).query().listOfRows());
        data.put("changesAsStaff", db.sql("""
                        select recommendation_id, at, kind, new_status, new_progress, note
                        from recommendations.change where actor_id = ? order by id""")
                .param(memberId).query().listOfRows());
        return data;
    }

    @Override
    public void erase(long memberId) {
        db.sql("delete from recommendations.follower where member_id = ?").param(memberId).update();
        db.sql("update recommendations.comment set author_id = null where author_id = ?").param(memberId).update();
        db.sql("update recommendations.comment set hidden_by = null where hidden_by = ?").param(memberId).update();
        db.sql("update recommendations.change set actor_id = null where actor_id = ?").param(memberId).update();
    }
}
