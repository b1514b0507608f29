package coop.agora.notifications;

import java.util.EnumMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** How each member wants to hear of each kind of notification. */
@Component
class Preferences {

    private final JdbcClient db;

    Preferences(JdbcClient db) {
        this.db = db;
    }

    /** Every kind with the member's choice, or its default. */
    Map<NotificationKind, Delivery> of(long memberId) {
        var chosen = new EnumMap<NotificationKind, Delivery>(NotificationKind.class);
        for (var kind : NotificationKind.values()) {
            chosen.put(kind, kind.byDefault());
        }
        db.sql("select kind, delivery from notifications.preference where member_id = ?")
                .param(memberId)
                .query(row -> {
                    for (var kind : NotificationKind.values()) {
                        if (kind.name().equals(row.getString("kind"))) {
                            chosen.put(kind, Delivery.valueOf(row.getString("delivery")));
                        }
                    }
                });
        return chosen;
    }

    /**
     * Records a choice. Notifications waiting for a digest follow it too, so that a member who stops
     * a digest gets no digest of what came before; mail at once is for what comes next.
     */
    @Transactional
    void choose(long memberId, NotificationKind kind, Delivery delivery) {
        db.sql("""
                        insert into notifications.preference (member_id, kind, delivery) values (?, ?, ?)
                        on conflict (member_id, kind) do update set delivery = excluded.delivery""")
                .params(memberId, kind.name(), delivery.name())
                .update();
        db.sql("update notifications.notification set delivery = ? where member_id = ? and kind = ? and mailed_at is null and delivery <> 'IN_APP'")
                .params((delivery.digest() ? delivery : Delivery.IN_APP).name(), memberId, kind.name())
                .update();
    }
}
