package coop.agora.notifications;

import java.util.Collection;
import java.util.LinkedHashSet;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Tells members that something concerns them. A call costs the caller one row, whatever the number
 * of recipients: the notifications themselves are written in the background once the caller's
 * transaction commits, and never if it rolls back.
 */
@Service
public class Notifications {

    private final JdbcClient db;
    private final FanOut fanOut;

    Notifications(JdbcClient db, FanOut fanOut) {
        this.db = db;
        this.fanOut = fanOut;
    }

    /**
     * Notifies these members.
     *
     * @param actorId who acted, shown by name in the reader's language, or none
     * @param subject words written by people that name what it is about, such as a request's title, or none
     * @param link the path of the page to open, such as {@code /forum/t/12#post-40}
     */
    public void notify(NotificationKind kind, Collection<Long> recipients, @Nullable Long actorId, @Nullable String subject, String link) {
        notify(kind, recipients, actorId, subject, link, false);
    }

    /**
     * Notifies these members in the notification centre only, for something their module already
     * mailed them, such as a help desk answer sent whole in its conversation's mail thread.
     */
    public void notifyInApp(NotificationKind kind, Collection<Long> recipients, @Nullable Long actorId, @Nullable String subject, String link) {
        notify(kind, recipients, actorId, subject, link, true);
    }

    private void notify(NotificationKind kind, Collection<Long> recipients, @Nullable Long actorId, @Nullable String subject, String link,
            boolean inAppOnly) {
        var distinct = new LinkedHashSet<>(recipients);
        if (actorId != null) {
            distinct.remove(actorId);
        }
        if (distinct.isEmpty()) {
            return;
        }
        db.sql("insert into notifications.burst (kind, recipients, actor_id, subject, link, in_app_only) values (?, ?, ?, ?, ?, ?)")
                .params(kind.name(), distinct.toArray(Long[]::new), actorId, subject, link, inAppOnly)
                .update();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    fanOut.soon();
                }
            });
        } else {
            fanOut.soon();
        }
    }
}
