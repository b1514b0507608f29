package coop.agora.notifications;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Turns waiting events into one notification per recipient, with one INSERT … SELECT per event
 * whatever the number of recipients, then tells every node and mails those who chose mail at once.
 * It runs on one background thread of the node where the event happened, right after its commit;
 * a recurring job picks up what a stopped node left. Events are taken in order and locked, so two
 * nodes never fan out the same event.
 */
@Component
class FanOut implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(FanOut.class);
    private static final int MAIL_BATCH = 500;

    private final JdbcClient db;
    private final TransactionTemplate transactions;
    private final NotificationMails mails;
    private final LiveUpdates live;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(task -> {
        var thread = new Thread(task, "notifications-fan-out");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicBoolean queued = new AtomicBoolean();

    FanOut(JdbcClient db, TransactionTemplate transactions, NotificationMails mails, LiveUpdates live) {
        this.db = db;
        this.transactions = transactions;
        this.mails = mails;
        this.live = live;
    }

    /** Fans out waiting events in the background; calls arriving while a run is queued join it. */
    void soon() {
        if (queued.compareAndSet(false, true)) {
            worker.execute(() -> {
                queued.set(false);
                try {
                    drain();
                } catch (RuntimeException e) {
                    log.warn("Notifications not fanned out yet, the recurring job will retry: {}", e.toString());
                }
            });
        }
    }

    /**
     * Fans out every waiting event, each in its own transaction; returns how many. Waits for an event
     * another thread is fanning out, so that when it returns, every event committed before is done.
     */
    int drain() {
        int done = 0;
        while (Boolean.TRUE.equals(transactions.execute(status -> fanOutOldest()))) {
            done++;
        }
        return done;
    }

    private boolean fanOutOldest() {
        var burst = db.sql("select id, kind, recipients from notifications.burst order by id limit 1 for update")
                .query((row, number) -> new Burst(row.getLong("id"), row.getString("kind"), List.of((Long[]) row.getArray("recipients").getArray())))
                .optional();
        if (burst.isEmpty()) {
            return false;
        }
        var event = burst.get();
        var atOnce = db.sql("""
                        with inserted as (
                            insert into notifications.notification (member_id, kind, actor_id, subject, link, delivery)
                            select r.member_id, b.kind, b.actor_id, b.subject, b.link, case when b.in_app_only then 'IN_APP' else coalesce(p.delivery, ?) end
                            from notifications.burst b
                            cross join lateral unnest(b.recipients) as r(member_id)
                            left join notifications.preference p on p.member_id = r.member_id and p.kind = b.kind
                            where b.id = ?
                            returning id, member_id, kind, actor_id, subject, link, created_at, read_at, delivery)
                        select id, member_id, kind, actor_id, subject, link, created_at, read_at from inserted
                        where delivery = 'EMAIL_NOW' order by id""")
                .params(defaultDelivery(event.kind()).name(), event.id())
                .query(NotificationRow.class)
                .list();
        db.sql("delete from notifications.burst where id = ?").param(event.id()).update();
        live.announce(event.recipients());
        for (int from = 0; from < atOnce.size(); from += MAIL_BATCH) {
            mails.sendAtOnce(atOnce.subList(from, Math.min(atOnce.size(), from + MAIL_BATCH)));
        }
        return true;
    }

    private static Delivery defaultDelivery(String kind) {
        for (var known : NotificationKind.values()) {
            if (known.name().equals(kind)) {
                return known.byDefault();
            }
        }
        return Delivery.IN_APP;
    }

    @Override
    public void destroy() {
        worker.shutdownNow();
    }

    private record Burst(long id, String kind, List<Long> recipients) {}
}
