package coop.agora;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Reads the mail Agora kept for an address, as an admin would in the outbox. */
public final class Outbox {

    private static final Pattern LINK = Pattern.compile("https?://\\S+?(/[a-z/]+\\?token=[A-Za-z0-9_-]+)");

    private final JdbcClient db;

    public Outbox(JdbcClient db) {
        this.db = db;
    }

    public record Mail(String subject, String body) {

        /** The path and query of the link in the mail, ready to follow in a test. */
        public String link() {
            var matcher = LINK.matcher(body);
            if (!matcher.find()) {
                throw new AssertionError("No link in the mail: " + body);
            }
            return matcher.group(1);
        }
    }

    public List<Mail> to(String recipient) {
        return db.sql("select subject, body from platform.outgoing_mail where recipient = ? order by id")
                .param(recipient)
                .query(Mail.class)
                .list();
    }

    public Optional<Mail> latestTo(String recipient) {
        var mails = to(recipient);
        return mails.isEmpty() ? Optional.empty() : Optional.of(mails.get(mails.size() - 1));
    }
}
