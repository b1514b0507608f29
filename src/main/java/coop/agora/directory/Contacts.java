package coop.agora.directory;

import coop.agora.accounts.Members;
import coop.agora.platform.Mailer;
import coop.agora.platform.PlatformSettings;
import coop.agora.platform.Texts;
import coop.agora.platform.web.FormErrors;
import java.util.Locale;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Messages to a listed member from their profile page. The member's address is never shown: the
 * message goes by mail through the outbox, and the member answers, if they wish, to the sender's
 * address. A sender may write a few messages an hour, to keep the form from being a spam gateway.
 */
@Service
class Contacts {

    static final int MAX_MESSAGE = 3_000;
    static final int PER_HOUR = 5;
    private static final Pattern ADDRESS = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+");

    private final Members members;
    private final Mailer mailer;
    private final Texts texts;
    private final PlatformSettings settings;
    private final JdbcClient db;

    Contacts(Members members, Mailer mailer, Texts texts, PlatformSettings settings, JdbcClient db) {
        this.members = members;
        this.mailer = mailer;
        this.texts = texts;
        this.settings = settings;
        this.db = db;
    }

    void check(ContactForm form, FormErrors.Builder errors) {
        var name = form.name().strip();
        if (name.isEmpty()) {
            errors.reject("name", "directory.contact.error.nameRequired");
        } else if (name.length() > ProfileRules.MAX_NAME || name.chars().anyMatch(Character::isISOControl)) {
            errors.reject("name", "directory.error.nameLong");
        }
        var email = form.email().strip();
        if (email.length() > 254 || !ADDRESS.matcher(email).matches()) {
            errors.reject("email", "directory.contact.error.email");
        }
        var message = form.message().strip();
        if (message.isEmpty()) {
            errors.reject("message", "directory.contact.error.messageRequired");
        } else if (message.length() > MAX_MESSAGE) {
            errors.reject("message", "directory.contact.error.messageLong");
        }
    }

    /** Whether this sender (an address, or a signed-in member) wrote too often in the last hour. */
    boolean tooOften(String senderKey) {
        return db.sql("select count(*) from directory.contact_message where sender_key = ? and sent_at > now() - interval '1 hour'")
                        .param(senderKey)
                        .query(Long.class)
                        .single()
                >= PER_HOUR;
    }

    /** Queues the mail to the member in their language; false when the member can no longer receive mail. */
    @Transactional
    boolean send(ProfileView profile, Locale memberLanguage, ContactForm form, String senderKey) {
        var address = members.mailAddress(profile.memberId());
        if (address.isEmpty()) {
            return false;
        }
        db.sql("insert into directory.contact_message (member_id, sender_key) values (?, ?)").params(profile.memberId(), senderKey).update();
        mailer.send(
                address.get(),
                texts.get("directory.contact.mail.subject", memberLanguage, form.name().strip()),
                texts.get("directory.contact.mail.body", memberLanguage, form.name().strip(), form.email().strip(), form.message().strip(),
                        settings.link(profile.path())));
        return true;
    }

    /** Messages older than a day no longer count for the limit; nothing else is kept. */
    void forgetOld() {
        db.sql("delete from directory.contact_message where sent_at < now() - interval '1 day'").update();
    }
}
