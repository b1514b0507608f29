package coop.agora.notifications;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the daily or weekly digests: members are taken in batches in id order, each batch in its
 * own transaction with its notifications marked as mailed, so a digest run that stops half-way
 * resumes where it was without mailing anything twice.
 */
@Component
class Digests {

    static final int MEMBERS_PER_BATCH = 500;

    private final JdbcClient db;
    private final TransactionTemplate transactions;
    private final NotificationMails mails;

    Digests(JdbcClient db, TransactionTemplate transactions, NotificationMails mails) {
        this.db = db;
        this.transactions = transactions;
        this.mails = mails;
    }

    /** Sends every digest of this kind that is due; returns the number of members considered. */
    int send(Delivery digest) {
        int members = 0;
        long after = 0;
        while (true) {
            var from = after;
            var batch = transactions.execute(status -> sendBatch(digest, from));
            if (batch == null || batch.isEmpty()) {
                return members;
            }
            members += batch.size();
            after = batch.get(batch.size() - 1);
        }
    }

    private List<Long> sendBatch(Delivery digest, long after) {
        var memberIds = db.sql("""
                        select distinct member_id from notifications.notification
                        where delivery = ? and mailed_at is null and member_id > ?
                        order by member_id limit ?""")
                .params(digest.name(), after, MEMBERS_PER_BATCH)
                .query(Long.class)
                .list();
        if (memberIds.isEmpty()) {
            return memberIds;
        }
        var rows = db.sql("select " + NotificationRow.COLUMNS + """
                         from notifications.notification
                        where delivery = ? and mailed_at is null and member_id = any(?)
                        order by member_id, id for update""")
                .params(digest.name(), memberIds.toArray(Long[]::new))
                .query(NotificationRow.class)
                .list();
        mails.sendDigest(digest, rows);
        return memberIds;
    }
}
