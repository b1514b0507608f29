package coop.agora.helpdesk;

import coop.agora.accounts.Members;
import coop.agora.platform.Mailer;
import coop.agora.platform.PlatformSettings;
import coop.agora.platform.Texts;
import java.util.Collection;
import org.springframework.stereotype.Component;

/** The help desk's mails, each in its reader's language, sent through the outbox after the change commits. */
@Component
class HelpdeskMails {

    private final Members members;
    private final Mailer mailer;
    private final Texts texts;
    private final PlatformSettings settings;

    HelpdeskMails(Members members, Mailer mailer, Texts texts, PlatformSettings settings) {
        this.members = members;
        this.mailer = mailer;
        this.texts = texts;
        this.settings = settings;
    }

    /** A request nears its promised date: its pole's coordinators for its office hear about it. */
    void atRisk(Collection<Long> coordinators, long requestId, String subject, java.time.LocalDate due) {
        members.contacts(coordinators).values().forEach(contact -> mailer.send(contact.email(),
                texts.get("helpdesk.mail.atRisk.subject", contact.language(), requestId),
                texts.get("helpdesk.mail.atRisk.body", contact.language(), subject, Days.full(due, contact.language()),
                        settings.link("/desk/requests/" + requestId))));
    }

    /** An absence began: the team learns which requests came back to the shared queue. */
    void backInQueue(Collection<Long> team, String absentName, int count) {
        members.contacts(team).values().forEach(contact -> mailer.send(contact.email(),
                texts.get("helpdesk.mail.absence.subject", contact.language(), absentName),
                texts.get("helpdesk.mail.absence.body", contact.language(), absentName, count, settings.link("/desk?assignee=none"))));
    }
}
