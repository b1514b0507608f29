package coop.agora.mentoring;

import coop.agora.accounts.PersonalData;
import java.util.LinkedHashMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Mentoring in "download my data" and "erase my account": the offer, requests, own session notes
 * and feedback go; mentorships under way end, freeing the mentor's place, and the other person
 * keeps their side, with a former member.
 */
@Component
class MentoringPersonalData implements PersonalData {

    private final JdbcClient db;

    MentoringPersonalData(JdbcClient db) {
        this.db = db;
    }

    @Override
    public String section() {
        return "mentoring";
    }

    @Override
    public Object export(long memberId) {
        var data = new LinkedHashMap<String, Object>();
        data.put("offer", db.sql("""
                        select skill_ids, sectors, languages, town_label, remote, capacity, about, available, created_at
                        from mentoring.mentor where member_id = ?""")
                .param(memberId).query().listOfRows());
        data.put("requests", db.sql("""
                        select id, project, skill_ids, sectors, languages, town_label, remote_ok, status, created_at
                        from mentoring.mentoring_request where mentee_id = ? order by id""")
                .param(memberId).query().listOfRows());
        data.put("mentorships", db.sql("""
                        select id, case when mentor_id = ? then 'MENTOR' else 'MENTEE' end as role, status, asked_at, accepted_at, closed_at,
                               case when mentor_id = ? then mentor_feedback else mentee_feedback end as my_feedback
                        from mentoring.mentorship where mentor_id = ? or mentee_id = ? order by id""")
                .params(memberId, memberId, memberId, memberId).query().listOfRows());
        data.put("sessionNotes", db.sql("select mentorship_id, held_on, note, created_at from mentoring.session_log where author_id = ? order by id")
                .param(memberId).query().listOfRows());
        return data;
    }

    @Override
    public void erase(long memberId) {
        // Mentorships under way end first, so that mentors' counts stay right.
        db.sql("""
                        update mentoring.mentor m set active_count = greatest(active_count - x.n, 0)
                        from (select mentor_id, count(*) as n from mentoring.mentorship where mentee_id = ? and status = 'ACTIVE' group by mentor_id) x
                        where m.member_id = x.mentor_id""")
                .param(memberId)
                .update();
        db.sql("""
                        update mentoring.mentoring_request set status = 'OPEN'
                        where id in (select request_id from mentoring.mentorship where mentor_id = ? and status = 'REQUESTED')""")
                .param(memberId)
                .update();
        db.sql("""
                        update mentoring.mentorship set status = case when status = 'REQUESTED' then 'DECLINED' else 'ENDED' end, closed_at = now()
                        where (mentor_id = ? or mentee_id = ?) and status in ('REQUESTED', 'ACTIVE')""")
                .params(memberId, memberId)
                .update();
        db.sql("delete from mentoring.session_log where author_id = ?").param(memberId).update();
        db.sql("update mentoring.mentorship set mentor_id = null, mentor_feedback = null where mentor_id = ?").param(memberId).update();
        db.sql("update mentoring.mentorship set mentee_id = null, mentee_feedback = null where mentee_id = ?").param(memberId).update();
        db.sql("delete from mentoring.mentoring_request where mentee_id = ?").param(memberId).update();
        db.sql("delete from mentoring.mentor where member_id = ?").param(memberId).update();
    }
}
