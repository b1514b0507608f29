package coop.agora.mentoring;

import coop.agora.accounts.Members;
import coop.agora.platform.Mailer;
import coop.agora.platform.PlatformSettings;
import coop.agora.platform.Texts;
import java.util.List;
import org.springframework.stereotype.Component;

/** Mail about mentoring, in each person's language, sent through the outbox with the change that causes it. */
@Component
class MentoringMails {

    private final Members members;
    private final Mailer mailer;
    private final Texts texts;
    private final PlatformSettings settings;

    MentoringMails(Members members, Mailer mailer, Texts texts, PlatformSettings settings) {
        this.members = members;
        this.mailer = mailer;
        this.texts = texts;
        this.settings = settings;
    }

    /** Sends the mail {@code key} to a person; {@code {0}} is the other person's name, {@code {1}} the link. */
    void send(long recipientId, String key, long otherId, String path) {
        var contact = members.contacts(List.of(recipientId)).get(recipientId);
        if (contact == null) {
            return;
        }
        var other = members.displayNames(List.of(otherId), contact.language()).get(otherId);
        mailer.send(contact.email(), texts.get(key + ".subject", contact.language(), other),
                texts.get(key + ".body", contact.language(), other, settings.link(path)));
    }
}
