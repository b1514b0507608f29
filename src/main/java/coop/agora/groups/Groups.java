package coop.agora.groups;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** What other modules may ask about groups: who belongs to one, to tell them what happens in it. */
@Service
public class Groups {

    private final JdbcClient db;

    Groups(JdbcClient db) {
        this.db = db;
    }

    /** The members of an approved group, organizers included; none for another group. */
    public List<Long> memberIds(long groupId) {
        return db.sql("""
                        select m.member_id from groups.membership m join groups.member_group g on g.id = m.group_id
                        where m.group_id = ? and m.status = 'ACTIVE' and g.status = 'APPROVED' order by m.member_id""")
                .param(groupId)
                .query(Long.class)
                .list();
    }
}
