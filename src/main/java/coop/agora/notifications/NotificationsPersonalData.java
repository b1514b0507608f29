package coop.agora.notifications;

import coop.agora.accounts.PersonalData;
import java.util.LinkedHashMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A member's notifications and choices. Erasure deletes them; in other members' notifications the
 * person who acted then shows as a former member.
 */
@Component
class NotificationsPersonalData implements PersonalData {

    private final JdbcClient db;

    NotificationsPersonalData(JdbcClient db) {
        this.db = db;
    }

    @Override
    public String section() {
        return "notifications";
    }

    @Override
    public Object export(long memberId) {
        var data = new LinkedHashMap<String, Object>();
        data.put("notifications", db.sql("""
                        select kind, actor_id, subject, link, delivery, created_at, read_at, mailed_at
                        from notifications.notification where member_id = ? order by id""")
                .param(memberId).query().listOfRows());
        data.put("preferences", db.sql("select kind, delivery from notifications.preference where member_id = ? order by kind")
                .param(memberId).query().listOfRows());
        return data;
    }

    @Override
    public void erase(long memberId) {
        db.sql("delete from notifications.notification where member_id = ?").param(memberId).update();
        db.sql("delete from notifications.preference where member_id = ?").param(memberId).update();
        db.sql("update notifications.notification set actor_id = null where actor_id = ?").param(memberId).update();
        db.sql("update notifications.burst set recipients = array_remove(recipients, ?), actor_id = nullif(actor_id, ?)")
                .params(memberId, memberId).update();
    }
}
