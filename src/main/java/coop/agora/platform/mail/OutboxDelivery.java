package coop.agora.platform.mail;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.StringUtils;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers pending mail every few seconds. Each batch is locked with {@code SKIP LOCKED}, so
 * several nodes never send the same message; a failed message is retried with a growing delay and
 * given up after {@value #MAX_ATTEMPTS} attempts. A delivered message's body is erased, as it may
 * hold a personal link. A {@code Message-ID} given in the headers is kept, so that replies thread.
 */
@Configuration(proxyBeanMethods = false)
class OutboxDelivery {

    private static final Logger log = LoggerFactory.getLogger(OutboxDelivery.class);
    static final int MAX_ATTEMPTS = 8;
    private static final int BATCH = 50;

    @Bean
    RecurringTask<Void> deliverOutbox(
            JdbcClient db,
            TransactionTemplate transactions,
            ObjectProvider<JavaMailSender> senders,
            MailSettings settings,
            Environment environment) {
        var smtpConfigured = StringUtils.hasText(environment.getProperty("spring.mail.host"));
        return Tasks.recurring("deliver-outbox", FixedDelay.of(Duration.ofSeconds(2)))
                .execute((instance, context) -> {
                    var sender = senders.getIfAvailable();
                    if (!smtpConfigured || sender == null) {
                        return;
                    }
                    int delivered;
                    do {
                        delivered = transactions.execute(status -> deliverBatch(db, sender, settings));
                    } while (delivered == BATCH);
                });
    }

    private static int deliverBatch(JdbcClient db, JavaMailSender sender, MailSettings settings) {
        List<Pending> due = db.sql("""
                        select id, recipient, subject, body, html_body, headers, attempts from platform.outgoing_mail
                        where status = 'PENDING' and next_attempt_at <= now()
                        order by next_attempt_at limit ? for update skip locked""")
                .param(BATCH)
                .query(Pending.class)
                .list();
        for (var mail : due) {
            var error = send(sender, settings, mail);
            if (error == null) {
                db.sql("update platform.outgoing_mail set status = 'SENT', sent_at = now(), body = '', html_body = '', last_error = null where id = ?")
                        .param(mail.id())
                        .update();
            } else {
                var attempts = mail.attempts() + 1;
                db.sql("""
                                update platform.outgoing_mail
                                set attempts = ?, last_error = ?, status = ?, next_attempt_at = ?
                                where id = ?""")
                        .params(
                                attempts,
                                error,
                                attempts >= MAX_ATTEMPTS ? "FAILED" : "PENDING",
                                java.sql.Timestamp.from(Instant.now().plus(retryDelay(attempts))),
                                mail.id())
                        .update();
            }
        }
        return due.size();
    }

    static Duration retryDelay(int attempts) {
        return Duration.ofSeconds(30L << Math.min(attempts - 1, 10));
    }

    private static @Nullable String send(JavaMailSender sender, MailSettings settings, Pending mail) {
        try {
            MimeMessage message = sender.createMimeMessage();
            var html = !mail.htmlBody().isEmpty();
            var helper = new MimeMessageHelper(message, html, "UTF-8");
            helper.setFrom(new InternetAddress(settings.from(), settings.fromName(), "UTF-8"));
            helper.setTo(mail.recipient());
            helper.setSubject(mail.subject());
            if (html) {
                helper.setText(mail.body(), mail.htmlBody());
            } else {
                helper.setText(mail.body(), false);
            }
            for (var line : mail.headers().split("\n")) {
                var colon = line.indexOf(':');
                if (colon > 0) {
                    message.setHeader(line.substring(0, colon), line.substring(colon + 1).strip());
                }
            }
            sender.send(message);
            return null;
        } catch (MailException | jakarta.mail.MessagingException | java.io.UnsupportedEncodingException e) {
            log.warn("Mail {} to the outbox not delivered: {}", mail.id(), e.getMessage());
            return String.valueOf(e.getMessage());
        }
    }

    record Pending(long id, String recipient, String subject, String body, String htmlBody, String headers, int attempts) {}
}
