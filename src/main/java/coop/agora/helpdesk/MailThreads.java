package coop.agora.helpdesk;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The mail side of requests: what was read from each mailbox, and the Message-IDs of each request's mail. */
@Repository
class MailThreads {

    /** Where the help desk's mail about a request goes, when it came by mail. */
    record MailChannel(@Nullable String mailAddress, @Nullable String mailbox, @Nullable String mailLanguage) {}

    private final JdbcClient db;

    MailThreads(JdbcClient db) {
        this.db = db;
    }

    /** Notes that a mail was read; empty when this mailbox already had this mail, which must then change nothing. */
    Optional<Long> firstReading(String mailbox, String messageId, String sender, String subject) {
        return db.sql("""
                        insert into helpdesk.inbound_mail (mailbox, message_id, sender, subject, outcome) values (?, ?, ?, ?, 'PENDING')
                        on conflict (mailbox, message_id) do nothing returning id""")
                .params(mailbox, messageId, sender, subject)
                .query(Long.class)
                .optional();
    }

    /**
     * Mail recorded in a transaction that holds several is read, and its request visible, only when
     * that transaction commits: its time of reading is moved to now. The rows written before this
     * transaction began, such as a mail read again after a crash, keep theirs.
     */
    void readAtCommit(String mailbox, List<String> messageIds) {
        db.sql("update helpdesk.inbound_mail set read_at = clock_timestamp() where mailbox = ? and message_id = any(?) and read_at >= now()")
                .params(mailbox, messageIds.toArray(String[]::new))
                .update();
    }

    void outcome(long inboundId, MailOutcome outcome, @Nullable Long requestId) {
        db.sql("update helpdesk.inbound_mail set outcome = ?, request_id = ? where id = ?").params(outcome.name(), requestId, inboundId).update();
    }

    /** The request the first of these Message-IDs belongs to, in the order given. */
    Optional<Long> requestOf(List<String> messageIds) {
        if (messageIds.isEmpty()) {
            return Optional.empty();
        }
        var ids = messageIds.toArray(String[]::new);
        return db.sql("""
                        select request_id from helpdesk.mail_thread where message_id = any(?)
                        order by array_position(?, message_id) limit 1""")
                .params(ids, ids)
                .query(Long.class)
                .optional();
    }

    boolean known(String messageId) {
        return db.sql("select exists (select 1 from helpdesk.mail_thread where message_id = ?)").param(messageId).query(Boolean.class).single();
    }

    void add(String messageId, long requestId, boolean outgoing) {
        db.sql("insert into helpdesk.mail_thread (message_id, request_id, outgoing) values (?, ?, ?) on conflict (message_id) do nothing")
                .params(messageId, requestId, outgoing)
                .update();
    }

    /** The Message-IDs of a request's mail, oldest first. */
    List<String> thread(long requestId) {
        return db.sql("select message_id from helpdesk.mail_thread where request_id = ? order by created_at, message_id")
                .param(requestId)
                .query(String.class)
                .list();
    }

    /** The latest mail received for a request, which the next mail answers. */
    Optional<String> latestReceived(long requestId) {
        return db.sql("select message_id from helpdesk.mail_thread where request_id = ? and not outgoing order by created_at desc limit 1")
                .param(requestId)
                .query(String.class)
                .optional();
    }

    void channel(long requestId, String address, String mailbox, Locale language) {
        db.sql("update helpdesk.request set mail_address = ?, mailbox = ?, mail_language = ? where id = ?")
                .params(address, mailbox, language.getLanguage(), requestId)
                .update();
    }

    Optional<MailChannel> channelOf(long requestId) {
        return db.sql("select mail_address, mailbox, mail_language from helpdesk.request where id = ?")
                .param(requestId)
                .query(MailChannel.class)
                .optional();
    }
}
