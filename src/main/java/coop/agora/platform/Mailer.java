package coop.agora.platform;

import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Sends mail without making the request wait: a message is stored in the outbox, in the caller's
 * transaction, and a background job delivers it with retries. Without an SMTP server configured,
 * the message is kept in the outbox for admins to read instead.
 */
@Component
public class Mailer {

    private final JdbcClient db;
    private final boolean smtpConfigured;

    Mailer(JdbcClient db, org.springframework.core.env.Environment environment) {
        this.db = db;
        this.smtpConfigured = StringUtils.hasText(environment.getProperty("spring.mail.host"));
    }

    public void send(String recipient, String subject, String body) {
        db.sql("insert into platform.outgoing_mail (recipient, subject, body, status) values (?, ?, ?, ?)")
                .params(recipient, subject, body, smtpConfigured ? "PENDING" : "KEPT")
                .update();
    }

    /** The mail sent or kept for an address, for the person's data export. */
    public List<Map<String, Object>> sentTo(String recipient) {
        return db.sql("""
                        select subject, status, created_at, sent_at from platform.outgoing_mail
                        where recipient = ? order by created_at""")
                .param(recipient)
                .query()
                .listOfRows();
    }

    /** Deletes the mail of an address, when its owner erases their account. */
    public void forget(String recipient) {
        db.sql("delete from platform.outgoing_mail where recipient = ?").param(recipient).update();
    }
}
