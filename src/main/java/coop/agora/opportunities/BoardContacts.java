package coop.agora.opportunities;

import coop.agora.accounts.Members;
import coop.agora.platform.Mailer;
import coop.agora.platform.PlatformSettings;
import coop.agora.platform.Texts;
import coop.agora.platform.Viewer;
import coop.agora.platform.web.FormErrors;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Messages to an opportunity's author. The author's address is never shown: the message goes by
 * mail through the outbox with the sender's own address, so the author answers if they wish. A
 * member may write a few messages an hour, to keep the form from being a spam gateway.
 */
@Service
class BoardContacts {

    static final int MAX_MESSAGE = 3_000;
    static final int PER_HOUR = 5;

    private final Members members;
    private final Mailer mailer;
    private final Texts texts;
    private final PlatformSettings settings;
    private final JdbcClient db;

    BoardContacts(Members members, Mailer mailer, Texts texts, PlatformSettings settings, JdbcClient db) {
        this.members = members;
        this.mailer = mailer;
        this.texts = texts;
        this.settings = settings;
        this.db = db;
    }

    /** Checks and sends; the problems found, none when the message left. */
    @Transactional
    FormErrors send(Opportunity opportunity, Viewer sender, String message) {
        var errors = FormErrors.builder();
        var text = message.strip();
        if (text.isEmpty()) {
            errors.reject("message", "opportunities.contact.error.required");
        } else if (text.length() > MAX_MESSAGE) {
            errors.reject("message", "opportunities.contact.error.long");
        }
        if (errors.any()) {
            return errors.build();
        }
        if (tooOften(sender.id())) {
            return errors.rejectForm("opportunities.contact.error.tooOften").build();
        }
        var author = opportunity.authorId() == null ? null : members.contacts(List.of(opportunity.authorId())).get(opportunity.authorId());
        var replyTo = members.mailAddress(sender.id());
        if (author == null || replyTo.isEmpty()) {
            return errors.rejectForm("opportunities.contact.error.unreachable").build();
        }
        db.sql("insert into opportunities.contact_message (opportunity_id, sender_id) values (?, ?)").params(opportunity.id(), sender.id()).update();
        mailer.send(
                author.email(),
                texts.get("opportunities.contact.mail.subject", author.language(), opportunity.title()),
                texts.get("opportunities.contact.mail.body", author.language(), sender.displayName(), replyTo.get(), text,
                        settings.link("/opportunities/" + opportunity.id())));
        return FormErrors.none();
    }

    private boolean tooOften(long senderId) {
        return db.sql("select count(*) from opportunities.contact_message where sender_id = ? and sent_at > now() - interval '1 hour'")
                        .param(senderId)
                        .query(Long.class)
                        .single()
                >= PER_HOUR;
    }

    /** Messages older than a day no longer count for the limit; nothing else is kept. */
    void forgetOld() {
        db.sql("delete from opportunities.contact_message where sent_at < now() - interval '1 day'").update();
    }
}
