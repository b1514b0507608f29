package coop.agora.opportunities;

import coop.agora.accounts.PersonalData;
import java.util.LinkedHashMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A member's part of the board. Erasure deletes the opportunities they published as themselves
 * (they are theirs alone, and an offer nobody can answer helps no one); those published in the
 * name of the cooperative stay, without an author, for admins to manage. Their reports of abuse
 * stay for moderators, unsigned.
 */
@Component
class OpportunitiesPersonalData implements PersonalData {

    private final JdbcClient db;

    OpportunitiesPersonalData(JdbcClient db) {
        this.db = db;
    }

    @Override
    public String section() {
        return "opportunities";
    }

    @Override
    public Object export(long memberId) {
        var data = new LinkedHashMap<String, Object>();
        data.put("published", db.sql("""
                        select o.id, o.kind, o.title, o.description, o.by_cooperative, o.audience, o.place_kind, o.town_fr, o.region,
                               o.languages, o.budget, o.deadline, o.status, o.hidden, o.reached, o.created_at,
                               array(select s.skill_id from opportunities.opportunity_skill s where s.opportunity_id = o.id order by s.skill_id) as skill_ids
                        from opportunities.opportunity o where o.author_id = ? order by o.id""")
                .param(memberId)
                .query((row, number) -> {
                    var entry = new LinkedHashMap<String, Object>();
                    for (var column : new String[] {"id", "kind", "title", "description", "by_cooperative", "audience", "place_kind", "town_fr",
                            "region", "budget", "status", "hidden", "reached"}) {
                        entry.put(column, row.getObject(column));
                    }
                    entry.put("languages", java.util.List.of((String[]) row.getArray("languages").getArray()));
                    entry.put("skill_ids", java.util.List.of((Long[]) row.getArray("skill_ids").getArray()));
                    entry.put("deadline", row.getString("deadline"));
                    entry.put("created_at", row.getTimestamp("created_at").toInstant().toString());
                    return entry;
                })
                .list());
        data.put("reports", db.sql("select opportunity_id, reason, created_at from opportunities.flag where reporter_id = ? order by id")
                .param(memberId).query().listOfRows());
        data.put("toldOf", db.sql("select opportunity_id from opportunities.told where member_id = ? order by opportunity_id")
                .param(memberId).query(Long.class).list());
        data.put("toldOfMatches", db.sql("select notify from opportunities.board_setting where member_id = ?")
                .param(memberId).query(Boolean.class).optional().orElse(null));
        return data;
    }

    @Override
    public void erase(long memberId) {
        db.sql("delete from opportunities.opportunity where author_id = ? and not by_cooperative").param(memberId).update();
        db.sql("update opportunities.opportunity set author_id = null where author_id = ?").param(memberId).update();
        db.sql("update opportunities.flag set reporter_id = null where reporter_id = ?").param(memberId).update();
        db.sql("delete from opportunities.board_setting where member_id = ?").param(memberId).update();
        db.sql("delete from opportunities.told where member_id = ?").param(memberId).update();
        db.sql("delete from opportunities.contact_message where sender_id = ?").param(memberId).update();
    }
}
