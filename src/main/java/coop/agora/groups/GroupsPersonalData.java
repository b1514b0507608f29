package coop.agora.groups;

import coop.agora.accounts.PersonalData;
import java.util.LinkedHashMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Groups in "download my data" and "erase my account": memberships go; groups proposed and documents
 * shared stay with the group, by a former member. A group whose last organizer leaves this way gets
 * its longest-standing member as organizer, so that it is never left without one.
 */
@Component
class GroupsPersonalData implements PersonalData {

    private final JdbcClient db;

    GroupsPersonalData(JdbcClient db) {
        this.db = db;
    }

    @Override
    public String section() {
        return "groups";
    }

    @Override
    public Object export(long memberId) {
        var data = new LinkedHashMap<String, Object>();
        data.put("proposed", db.sql("""
                        select id, name, kind, office_id, town, description, languages, joining, status, refusal_reason, created_at
                        from groups.member_group where proposed_by = ? order by id""")
                .param(memberId).query().listOfRows());
        data.put("memberships", db.sql("""
                        select m.group_id, g.name, m.role, m.status, m.created_at, m.joined_at
                        from groups.membership m join groups.member_group g on g.id = m.group_id where m.member_id = ? order by m.group_id""")
                .param(memberId).query().listOfRows());
        data.put("documents", db.sql("select group_id, name, size, created_at from groups.document where uploaded_by = ? order by id")
                .param(memberId).query().listOfRows());
        return data;
    }

    @Override
    public void erase(long memberId) {
        var groups = db.sql("select group_id from groups.membership where member_id = ? order by group_id").param(memberId).query(Long.class).list();
        db.sql("delete from groups.membership where member_id = ?").param(memberId).update();
        for (var group : groups) {
            db.sql("""
                            update groups.membership set role = 'ORGANIZER'
                            where group_id = ? and status = 'ACTIVE'
                              and not exists (select 1 from groups.membership o where o.group_id = ? and o.status = 'ACTIVE' and o.role = 'ORGANIZER')
                              and member_id = (select member_id from groups.membership where group_id = ? and status = 'ACTIVE'
                                               order by joined_at, member_id limit 1)""")
                    .params(group, group, group)
                    .update();
            db.sql("update groups.member_group set member_count = (select count(*) from groups.membership where group_id = ? and status = 'ACTIVE') where id = ?")
                    .params(group, group)
                    .update();
        }
        db.sql("update groups.member_group set proposed_by = null where proposed_by = ?").param(memberId).update();
        db.sql("update groups.member_group set reviewed_by = null where reviewed_by = ?").param(memberId).update();
        db.sql("update groups.membership set invited_by = null where invited_by = ?").param(memberId).update();
        db.sql("update groups.document set uploaded_by = null where uploaded_by = ?").param(memberId).update();
    }
}
