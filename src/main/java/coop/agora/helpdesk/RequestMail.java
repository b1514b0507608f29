package coop.agora.helpdesk;

import coop.agora.accounts.Members;
import coop.agora.platform.Mailer;
import coop.agora.platform.Markdown;
import coop.agora.platform.PlatformSettings;
import coop.agora.platform.Texts;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.web.util.HtmlUtils;

/**
 * The help desk's own mail about a request, threaded like a conversation: every mail carries a
 * Message-ID kept with the request, answers the latest mail received, names the request in its
 * subject, and asks replies to go to the request's mailbox. A request that came by mail is always
 * answered this way; the notifications use it for members who want their answers by mail, so that
 * one answer makes one mail.
 */
@Service
public class RequestMail {

    /** How many earlier Message-IDs a mail refers to: the first and the latest, which is all threading needs. */
    private static final int REFERENCES = 10;

    private final Requests requests;
    private final MailThreads threads;
    private final Members members;
    private final Mailer mailer;
    private final Texts texts;
    private final Markdown markdown;
    private final PlatformSettings settings;
    private final MailboxSettings mailboxes;
    private final JdbcClient db;
    private final String senderDomain;

    RequestMail(Requests requests, MailThreads threads, Members members, Mailer mailer, Texts texts, Markdown markdown, PlatformSettings settings,
            MailboxSettings mailboxes, JdbcClient db, @Value("${agora.mail.from:agora@localhost}") String from) {
        this.requests = requests;
        this.threads = threads;
        this.members = members;
        this.mailer = mailer;
        this.texts = texts;
        this.markdown = markdown;
        this.settings = settings;
        this.mailboxes = mailboxes;
        this.db = db;
        this.senderDomain = from.contains("@") ? from.substring(from.indexOf('@') + 1).strip() : "localhost";
    }

    /** Whether the request came by mail, so that the help desk answers it by mail itself. */
    public boolean cameByMail(long requestId) {
        return requests.find(requestId).map(request -> request.channel() == Channel.EMAIL).orElse(false);
    }

    /** Mails an advisor's answer, whole, to the member; false when there was nobody to mail it to. */
    public boolean mailAnswer(long requestId, long messageId) {
        var request = requests.find(requestId).orElse(null);
        var answer = db.sql("select author_id, body from helpdesk.message where id = ? and request_id = ? and kind = 'ADVISOR'")
                .params(messageId, requestId)
                .query((row, number) -> new Answer(row.getObject("author_id", Long.class), row.getString("body")))
                .optional()
                .orElse(null);
        var reader = request == null || !repliesReachUs(request) ? null : reader(request);
        if (request == null || answer == null || reader == null) {
            return false;
        }
        var advisor = answer.authorId() == null ? texts.get("accounts.formerMember", reader.language())
                : members.displayNames(List.of(answer.authorId()), reader.language()).get(answer.authorId());
        var intro = texts.get("helpdesk.mail.answer.intro", reader.language(), advisor, requestId);
        if (request.status() == RequestStatus.WAITING_MEMBER) {
            intro = texts.get("helpdesk.mail.answer.question", reader.language(), advisor, requestId);
        }
        var text = intro + "\n\n" + answer.body() + "\n\n" + footer(request, reader);
        var html = paragraph(intro) + "<div>" + markdown.toSafeHtml(answer.body()) + "</div><hr>" + paragraphs(footer(request, reader));
        send(request, reader, text, html, false);
        return true;
    }

    /** Tells the member, by mail, where their request now stands; false when there was nobody to tell. */
    public boolean mailStatus(long requestId, RequestStatus status) {
        var request = requests.find(requestId).orElse(null);
        var reader = request == null || !repliesReachUs(request) ? null : reader(request);
        if (request == null || reader == null) {
            return false;
        }
        var text = texts.get("helpdesk.mail.status.body", reader.language(), requestId, texts.get(status.labelKey(), reader.language()),
                texts.get(status.labelKey() + ".explained", reader.language())) + "\n\n" + footer(request, reader);
        send(request, reader, text, paragraphs(text), true);
        return true;
    }

    @EventListener
    void on(RequestAnswered answer) {
        if (cameByMail(answer.requestId())) {
            mailAnswer(answer.requestId(), answer.messageId());
        }
    }

    /**
     * Status changes made by advisors. The member knows what they did themselves, and a change that
     * comes with an answer is told in the answer's mail, so that one answer makes one mail.
     */
    @EventListener
    void on(RequestStatusChanged change) {
        if (change.changedBy() != null && !change.changedBy().equals(change.memberId()) && change.status() != RequestStatus.ANSWERED
                && cameByMail(change.requestId()) && !answeredNow(change.requestId())) {
            mailStatus(change.requestId(), change.status());
        }
    }

    /** Whether an advisor wrote to the member in the current transaction, whose start is the time of what it writes. */
    boolean answeredNow(long requestId) {
        return db.sql("select exists (select 1 from helpdesk.message where request_id = ? and kind = 'ADVISOR' and created_at = now())")
                .param(requestId)
                .query(Boolean.class)
                .single();
    }

    /** The receipt of a request received by mail: its reference and promised date, and for a stranger, an invitation. */
    void receipt(long requestId, boolean filesLeftOut) {
        var request = requests.find(requestId).orElseThrow();
        var reader = reader(request);
        if (reader == null) {
            return;
        }
        var language = reader.language();
        var text = new StringBuilder(texts.get("helpdesk.mail.receipt.body", language, requestId, request.subject(), Days.full(request.dueOn(), language)));
        if (filesLeftOut) {
            text.append("\n\n").append(texts.get("helpdesk.mail.filesLeftOut", language));
        }
        if (request.memberId() == null) {
            text.append("\n\n").append(texts.get("helpdesk.mail.invite", language, settings.link("/register")));
        }
        text.append("\n\n").append(footer(request, reader));
        send(request, reader, text.toString(), paragraphs(text.toString()), true);
    }

    /** A reply came with files that could not be kept: its sender hears it once, for that mail. */
    void filesLeftOut(long requestId) {
        var request = requests.find(requestId).orElseThrow();
        var reader = reader(request);
        if (reader != null) {
            var text = texts.get("helpdesk.mail.filesLeftOut", reader.language()) + "\n\n" + footer(request, reader);
            send(request, reader, text, paragraphs(text), true);
        }
    }

    /** The sender closed their request by mail: they read that it is closed and how to reopen it. */
    void closed(long requestId) {
        var request = requests.find(requestId).orElseThrow();
        var reader = reader(request);
        if (reader != null) {
            var text = texts.get("helpdesk.mail.closed.body", reader.language(), requestId, HelpDesk.REOPEN_WINDOW.toDays());
            send(request, reader, text, paragraphs(text), true);
        }
    }

    /** A mail that asks for a reply needs a mailbox to reply to; a request from the website may have none. */
    private boolean repliesReachUs(RequestRow request) {
        return request.channel() == Channel.EMAIL || !mailboxes.configured().isEmpty();
    }

    private record Answer(@Nullable Long authorId, String body) {}

    private record Reader(String address, Locale language) {}

    /** The member's account address, or for a sender without one, the address the request came from. */
    private @Nullable Reader reader(RequestRow request) {
        var channel = threads.channelOf(request.id()).orElse(null);
        if (request.memberId() != null) {
            var contact = members.contacts(List.of(request.memberId())).get(request.memberId());
            return contact == null ? null : new Reader(contact.email(), contact.language());
        }
        if (channel == null || channel.mailAddress() == null) {
            return null;
        }
        var language = channel.mailLanguage() == null ? Locale.FRENCH : Locale.forLanguageTag(channel.mailLanguage());
        return new Reader(channel.mailAddress(), language);
    }

    private String footer(RequestRow request, Reader reader) {
        var footer = texts.get("helpdesk.mail.footer", reader.language());
        if (request.memberId() != null) {
            footer += "\n" + texts.get("helpdesk.mail.online", reader.language(), settings.link("/help/requests/" + request.id()));
        }
        return footer;
    }

    private void send(RequestRow request, Reader reader, String text, String html, boolean automatic) {
        var replyTo = replyAddress(request.id());
        var domain = replyTo.filter(address -> address.contains("@")).map(address -> address.substring(address.indexOf('@') + 1)).orElse(senderDomain);
        var messageId = "<helpdesk." + request.id() + "." + UUID.randomUUID() + "@" + domain + ">";
        var headers = new LinkedHashMap<String, String>();
        headers.put("Message-ID", messageId);
        var thread = threads.thread(request.id());
        var answered = threads.latestReceived(request.id()).or(() -> thread.isEmpty() ? Optional.empty() : Optional.of(thread.get(thread.size() - 1)));
        answered.ifPresent(id -> headers.put("In-Reply-To", id));
        if (!thread.isEmpty()) {
            var references = new ArrayList<String>();
            references.add(thread.get(0));
            references.addAll(thread.subList(Math.max(1, thread.size() - (REFERENCES - 1)), thread.size()));
            headers.put("References", String.join(" ", references));
        }
        replyTo.ifPresent(address -> headers.put("Reply-To", address));
        if (automatic) {
            // RFC 3834: programs that answer mail must not answer this one, so no loop starts.
            headers.put("Auto-Submitted", "auto-replied");
        }
        headers.put("Content-Language", reader.language().getLanguage());
        var subject = texts.get("helpdesk.mail.subject", reader.language(), request.id(), request.subject());
        var page = "<div lang=\"" + reader.language().getLanguage() + "\">" + html + "</div>";
        mailer.send(reader.address(), subject, text, page, headers);
        threads.add(messageId, request.id(), true);
    }

    /** The address of the mailbox the request came through, or of the first one for a request from the website. */
    private Optional<String> replyAddress(long requestId) {
        return threads.channelOf(requestId).map(MailThreads.MailChannel::mailbox)
                .or(() -> mailboxes.configured().stream().findFirst().map(Mailbox::address));
    }

    private static String paragraph(String text) {
        return "<p>" + HtmlUtils.htmlEscape(text, "UTF-8").replace("\n", "<br>") + "</p>";
    }

    private static String paragraphs(String text) {
        var html = new StringBuilder();
        for (var block : text.split("\\n\\s*\\n")) {
            html.append(paragraph(block.strip()));
        }
        return html.toString();
    }
}
