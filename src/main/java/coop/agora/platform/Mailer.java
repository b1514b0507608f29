package coop.agora.platform;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
        send(recipient, subject, body, Map.of());
    }

    /** Sends with extra headers, such as {@code List-Unsubscribe}; names and values must be single lines. */
    public void send(String recipient, String subject, String body, Map<String, String> headers) {
        send(recipient, subject, body, "", headers);
    }

    /**
     * Sends as text and HTML, for readers whose mail program shows one or the other; the HTML must
     * already be safe. Headers such as {@code Message-ID} or {@code Reply-To} leave as given.
     */
    public void send(String recipient, String subject, String body, String html, Map<String, String> headers) {
        var block = new StringBuilder();
        headers.forEach((name, value) -> {
            if (name.isBlank() || name.contains(":") || (name + value).contains("\n") || (name + value).contains("\r")) {
                throw new IllegalArgumentException("Not a single-line mail header: " + name);
            }
            block.append(name).append(": ").append(value).append('\n');
        });
        db.sql("insert into platform.outgoing_mail (recipient, subject, body, html_body, status, headers) values (?, ?, ?, ?, ?, ?)")
                .params(recipient, subject, body, html, smtpConfigured ? "PENDING" : "KEPT", block.toString())
                .update();
    }

    /**
     * The addresses among these that the outbox gave up on: their latest delivered or failed mail
     * failed every attempt. Mail kept without an SMTP server tells nothing and is not counted.
     */
    public Set<String> givenUp(Collection<String> recipients) {
        if (recipients.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(db.sql("""
                        select recipient from (
                            select distinct on (recipient) recipient, status from platform.outgoing_mail
                            where recipient = any(?) and status in ('SENT', 'FAILED')
                            order by recipient, id desc) latest
                        where status = 'FAILED'""")
                .param(recipients.toArray(String[]::new))
                .query(String.class)
                .list());
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
