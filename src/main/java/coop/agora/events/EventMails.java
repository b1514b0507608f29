package coop.agora.events;

import coop.agora.accounts.Members;
import coop.agora.platform.Mailer;
import coop.agora.platform.PlatformSettings;
import coop.agora.platform.Texts;
import java.util.Collection;
import org.springframework.stereotype.Component;

/** The mail people get about events they registered for, each in their own language, through the outbox. */
@Component
class EventMails {

    private final Members members;
    private final Mailer mailer;
    private final Texts texts;
    private final PlatformSettings settings;
    private final EventReads reads;

    EventMails(Members members, Mailer mailer, Texts texts, PlatformSettings settings, EventReads reads) {
        this.members = members;
        this.mailer = mailer;
        this.texts = texts;
        this.settings = settings;
        this.reads = reads;
    }

    void seatOffered(long eventId, Collection<Long> people) {
        send(eventId, people, "events.mail.seat.subject", "events.mail.seat.body");
    }

    void cancelled(Event event, Collection<Long> people) {
        send(event.id(), people, "events.mail.cancelled.subject", "events.mail.cancelled.body");
    }

    void reminder(long eventId, Collection<Long> people) {
        send(eventId, people, "events.mail.reminder.subject", "events.mail.reminder.body");
    }

    private void send(long eventId, Collection<Long> people, String subjectKey, String bodyKey) {
        var link = settings.link("/events/" + eventId);
        members.contacts(people).values().forEach(contact -> {
            var language = contact.language();
            reads.find(eventId, language).ifPresent(event -> {
                var where = event.online() ? texts.get("events.place.online", language) : event.placeName();
                mailer.send(contact.email(),
                        texts.get(subjectKey, language, event.title()),
                        texts.get(bodyKey, language, event.title(), event.when(language), where, link));
            });
        });
    }
}
