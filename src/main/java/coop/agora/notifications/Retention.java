package coop.agora.notifications;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Deletes notifications older than the configured period, in small transactions so readers never wait. */
@Component
class Retention {

    private final JdbcClient db;
    private final NotificationSettings settings;

    Retention(JdbcClient db, NotificationSettings settings) {
        this.db = db;
        this.settings = settings;
    }

    long prune() {
        long pruned = 0;
        int deleted;
        do {
            deleted = db.sql("""
                            delete from notifications.notification where id in (
                                select id from notifications.notification where created_at < now() - make_interval(secs => ?) limit 5000)""")
                    .param((double) settings.retention().toSeconds())
                    .update();
            pruned += deleted;
        } while (deleted > 0);
        return pruned;
    }
}
