package coop.agora.notifications;

import coop.agora.accounts.Members;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Shortcuts for notification tests: who is who, notifying someone and waiting for the fan-out. */
final class NotificationTesting {

    private final JdbcClient db;
    private final Members members;
    private final Notifications notifications;
    private final FanOut fanOut;

    NotificationTesting(JdbcClient db, Members members, Notifications notifications, FanOut fanOut) {
        this.db = db;
        this.members = members;
        this.notifications = notifications;
        this.fanOut = fanOut;
    }

    long id(String email) {
        return members.idOf(email).orElseThrow();
    }

    /** Notifies the member as someone else did, and returns the notification once it is written. */
    long notify(String email, NotificationKind kind, String by) {
        notifications.notify(kind, List.of(id(email)), id(by), null, "/forum");
        fanOut.drain();
        return db.sql("select max(id) from notifications.notification where member_id = ?").param(id(email)).query(Long.class).single();
    }

    /** Forgets earlier tests' mail and choices for these members, as tests share one database. */
    void startAfresh(String... emails) {
        for (var email : emails) {
            db.sql("delete from platform.outgoing_mail where recipient = ?").param(email).update();
            db.sql("delete from notifications.preference where member_id = ?").param(id(email)).update();
            db.sql("update notifications.notification set mailed_at = now() where member_id = ? and mailed_at is null").param(id(email)).update();
        }
    }

    List<String> mailSubjects(String email) {
        return db.sql("select subject from platform.outgoing_mail where recipient = ? order by id").param(email).query(String.class).list();
    }
}
