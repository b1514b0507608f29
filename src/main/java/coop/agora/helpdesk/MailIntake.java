package coop.agora.helpdesk;

import coop.agora.accounts.Members;
import coop.agora.accounts.Pole;
import coop.agora.offices.Offices;
import coop.agora.platform.Texts;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Turns a mail into help desk work, in one transaction: a new request, a reply to the request it
 * answers, or a note about an automatic reply. A mail joins a request only when its sender is part
 * of it; anything else someone writes becomes a request of their own. Programs are never answered.
 */
@Service
class MailIntake {

    /** The reference of a request in a subject, as in "Re: [#12345] VAT". */
    private static final Pattern REFERENCE = Pattern.compile("\\[#(\\d{1,18})]");
    private static final Pattern REPLY_PREFIX = Pattern.compile("^((re|fw|fwd|tr|antw|aw|wg)\\s*:\\s*)+", Pattern.CASE_INSENSITIVE);
    /** The words that close a request when a reply says nothing else, in each language. */
    static final Set<String> CLOSE_WORDS = Set.of("close", "closed", "fermer", "clôturer", "cloturer", "sluiten", "afsluiten");

    private final MailThreads threads;
    private final Requests requests;
    private final HelpDesk helpDesk;
    private final HelpTopics topics;
    private final Offices offices;
    private final Members members;
    private final RequestMail mail;
    private final Texts texts;
    private final Attachments attachments;

    MailIntake(MailThreads threads, Requests requests, HelpDesk helpDesk, HelpTopics topics, Offices offices, Members members, RequestMail mail,
            Texts texts, Attachments attachments) {
        this.attachments = attachments;
        this.threads = threads;
        this.requests = requests;
        this.helpDesk = helpDesk;
        this.topics = topics;
        this.offices = offices;
        this.members = members;
        this.mail = mail;
        this.texts = texts;
    }

    @Transactional
    MailOutcome take(Mailbox box, MailReader.Incoming incoming) {
        var reading = threads.firstReading(box.name(), incoming.messageId(), incoming.sender(), cut(incoming.subject(), 500));
        if (reading.isEmpty()) {
            return MailOutcome.DUPLICATE;
        }
        var inboundId = reading.get();
        if (threads.known(incoming.messageId())) {
            return done(inboundId, MailOutcome.DUPLICATE, null);
        }
        var matched = matchedRequest(incoming);
        if (incoming.kind() != MailReader.Kind.PERSON) {
            if (matched != null) {
                var key = incoming.kind() == MailReader.Kind.BOUNCE ? "helpdesk.note.bounce" : "helpdesk.note.autoReply";
                requests.addMessage(matched.id(), null, MessageKind.NOTE,
                        texts.get(key, box.locale(), incoming.sender().isEmpty() ? "?" : incoming.sender(), cut(incoming.subject(), 200)));
            }
            return done(inboundId, incoming.kind() == MailReader.Kind.BOUNCE ? MailOutcome.BOUNCE : MailOutcome.AUTO_REPLY,
                    matched == null ? null : matched.id());
        }
        if (incoming.sender().isEmpty()) {
            return done(inboundId, MailOutcome.UNREADABLE, null);
        }
        if (matched == null) {
            return done(inboundId, MailOutcome.NEW_REQUEST, newRequest(box, incoming, null));
        }
        var memberId = members.verifiedIdOf(incoming.sender()).orElse(null);
        if (!participant(matched, incoming.sender(), memberId)) {
            return done(inboundId, MailOutcome.FOREIGN, newRequest(box, incoming, matched.id()));
        }
        var text = MailReader.newText(incoming.text());
        if (asksToClose(text)) {
            threads.add(incoming.messageId(), matched.id(), false);
            helpDesk.closeByMail(matched);
            mail.closed(matched.id());
            return done(inboundId, MailOutcome.CLOSED, matched.id());
        }
        if (matched.status() == RequestStatus.CLOSED && !HelpDesk.withinReopenWindow(matched)) {
            // Closed too long ago to reopen: what they write now is a new question.
            return done(inboundId, MailOutcome.NEW_REQUEST, newRequest(box, incoming, null));
        }
        threads.add(incoming.messageId(), matched.id(), false);
        var files = keepable(incoming.files());
        helpDesk.mailReply(matched, matched.memberId(), body(text, box.locale()), files);
        if (files.size() < incoming.files().size()) {
            mail.filesLeftOut(matched.id());
        }
        return done(inboundId, MailOutcome.REPLY, matched.id());
    }

    /** A mail nothing could be made of is noted once, so that the mailbox can move on; it stays there for a person to read. */
    @Transactional
    void unreadable(Mailbox box, MailReader.Incoming incoming) {
        threads.firstReading(box.name(), incoming.messageId(), incoming.sender(), cut(incoming.subject(), 500))
                .ifPresent(id -> threads.outcome(id, MailOutcome.UNREADABLE, null));
    }

    private MailOutcome done(long inboundId, MailOutcome outcome, @Nullable Long requestId) {
        threads.outcome(inboundId, outcome, requestId);
        return outcome;
    }

    /** The request a mail answers: by the Message-IDs it refers to, then by the reference in its subject; a merged request leads to the one it joined. */
    private @Nullable RequestRow matchedRequest(MailReader.Incoming incoming) {
        var id = threads.requestOf(incoming.thread()).orElse(null);
        if (id == null) {
            var reference = REFERENCE.matcher(incoming.subject());
            if (reference.find()) {
                try {
                    id = Long.parseLong(reference.group(1));
                } catch (NumberFormatException tooLong) {
                    id = null;
                }
            }
        }
        var request = id == null ? null : requests.lock(id).orElse(null);
        for (int hops = 0; request != null && request.mergedInto() != null && hops < 10; hops++) {
            request = requests.lock(request.mergedInto()).orElse(null);
        }
        return request;
    }

    /** Only the request's member, from their verified address, or the address it came from may write in it. */
    private boolean participant(RequestRow request, String sender, @Nullable Long senderId) {
        if (request.memberId() != null && request.memberId().equals(senderId)) {
            return true;
        }
        var address = threads.channelOf(request.id()).map(MailThreads.MailChannel::mailAddress).orElse(null);
        return sender.equalsIgnoreCase(address);
    }

    static boolean asksToClose(String text) {
        var first = text.strip().lines().findFirst().orElse("");
        var word = first.replaceAll("[\\p{Punct}\\s]+$", "").strip().toLowerCase(Locale.ROOT);
        return CLOSE_WORDS.contains(word) && text.strip().lines().filter(line -> !line.isBlank()).count() <= 3;
    }

    private long newRequest(Mailbox box, MailReader.Incoming incoming, @Nullable Long apartFrom) {
        var memberId = members.verifiedIdOf(incoming.sender()).orElse(null);
        var contact = memberId == null ? null : members.contacts(List.of(memberId)).get(memberId);
        var language = contact != null ? contact.language() : incoming.language() != null ? incoming.language() : box.locale();
        var office = officeFor(box, memberId);
        var topic = topicFor(box);
        var subject = subject(incoming.subject(), language);
        var body = body(incoming.text(), language);
        var files = keepable(incoming.files());
        var id = helpDesk.receive(new NewRequest(memberId, memberId, topic, office, Channel.EMAIL, subject, body, files, null));
        threads.channel(id, incoming.sender(), box.address(), language);
        threads.add(incoming.messageId(), id, false);
        if (apartFrom != null) {
            requests.addMessage(id, null, MessageKind.NOTE, texts.get("helpdesk.note.foreignSender", box.locale(), apartFrom, incoming.sender()));
        }
        mail.receipt(id, files.size() < incoming.files().size());
        return id;
    }

    /** The files of a mail if the help desk accepts them all, as a form would; otherwise none, and the sender is told. */
    private List<IncomingFile> keepable(List<IncomingFile> files) {
        var errors = coop.agora.platform.web.FormErrors.builder();
        attachments.check(files, errors);
        return errors.any() ? List.of() : files;
    }

    private long officeFor(Mailbox box, @Nullable Long memberId) {
        if (box.office() != null && offices.exists(box.office())) {
            return box.office();
        }
        var home = memberId == null ? null : members.homeOffice(memberId).filter(offices::exists).orElse(null);
        return home != null ? home : offices.all().get(0).id();
    }

    /** The mailbox's topic, or else the catch-all question of the first line, which sends it on. */
    private long topicFor(Mailbox box) {
        if (box.topic() != null && topics.findActive(box.topic()).isPresent()) {
            return box.topic();
        }
        var active = topics.active();
        return active.stream().filter(topic -> topic.pole() == Pole.FIRST_LINE).reduce((first, second) -> second)
                .or(() -> active.stream().findFirst())
                .orElseThrow()
                .id();
    }

    private String subject(String subject, Locale language) {
        var plain = REPLY_PREFIX.matcher(REFERENCE.matcher(subject).replaceAll("").strip()).replaceFirst("").strip();
        return plain.isEmpty() ? texts.get("helpdesk.mail.noSubject", language) : cut(plain, HelpDesk.MAX_SUBJECT);
    }

    private String body(String text, Locale language) {
        var stripped = text.strip();
        return stripped.isEmpty() ? texts.get("helpdesk.mail.noText", language) : cut(stripped, HelpDesk.MAX_BODY);
    }

    private static String cut(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length - 1) + "…";
    }
}
