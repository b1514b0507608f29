package coop.agora.helpdesk;

import coop.agora.offices.OfficeCalendar;
import coop.agora.offices.Offices;
import coop.agora.platform.web.FormErrors;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Requests and their conversation: receiving a request by any channel, the member's replies, closing
 * and reopening. Every change checks the whole form first and writes in one transaction, so a refused
 * form leaves nothing behind.
 */
@Service
public class HelpDesk {

    static final int MAX_SUBJECT = 200;
    static final int MAX_BODY = 20_000;
    /** How long after closing a member may still reopen a request or write in it. */
    static final Duration REOPEN_WINDOW = Duration.ofDays(14);
    static final Duration CALLBACK_HORIZON = Duration.ofDays(30);

    private final Requests requests;
    private final HelpTopics topics;
    private final Offices offices;
    private final Promise promise;
    private final Attachments attachments;
    private final ApplicationEventPublisher events;
    private final OfficeCalendar calendar;

    HelpDesk(Requests requests, HelpTopics topics, Offices offices, Promise promise, Attachments attachments, ApplicationEventPublisher events,
            OfficeCalendar calendar) {
        this.calendar = calendar;
        this.requests = requests;
        this.topics = topics;
        this.offices = offices;
        this.promise = promise;
        this.attachments = attachments;
        this.events = events;
    }

    /**
     * Receives a request from any channel and gives it its promised date. The one way requests come
     * in, so that every channel follows the same rules.
     *
     * @return the new request's id, which is also its reference
     */
    @Transactional
    public long receive(NewRequest request) {
        var errors = FormErrors.builder();
        var topic = topics.findActive(request.topicId()).orElse(null);
        if (topic == null) {
            errors.reject("topicId", "helpdesk.error.topic");
        }
        if (!offices.exists(request.officeId())) {
            errors.reject("officeId", "helpdesk.error.office");
        }
        var subject = request.subject().strip();
        if (subject.isEmpty()) {
            errors.reject("subject", "helpdesk.error.subject");
        } else if (subject.length() > MAX_SUBJECT) {
            errors.reject("subject", "helpdesk.error.subjectLong");
        }
        checkBody(request.body(), errors);
        if (request.channel() == Channel.CALLBACK) {
            checkCallback(request, errors);
        }
        var files = attachments.check(request.files(), errors);
        if (errors.any() || topic == null) {
            throw new Refused(errors.build());
        }
        var now = Instant.now();
        var due = promise.dueDate(request.officeId(), now, topic.targetDays());
        var id = requests.insert(request.memberId(), topic, request.officeId(), request.channel(), subject, now, due, request.callbackAt());
        var firstKind = request.channel() == Channel.PHONE ? MessageKind.PHONE : MessageKind.MEMBER;
        var messageId = requests.addMessage(id, request.authorId(), firstKind, request.body().strip());
        attachments.attach(messageId, ownerOf(request), files);
        events.publishEvent(new RequestReceived(id, request.memberId(), topic.pole(), request.officeId(), due));
        return id;
    }

    /** A call-back must be asked for a moment the office is open, within the coming weeks. */
    private void checkCallback(NewRequest request, FormErrors.Builder errors) {
        var at = request.callbackAt();
        if (at == null) {
            errors.reject("callbackAt", "helpdesk.error.callbackAt");
        } else if (at.isBefore(Instant.now()) || at.isAfter(Instant.now().plus(CALLBACK_HORIZON))) {
            errors.reject("callbackAt", "helpdesk.error.callbackRange");
        } else if (offices.exists(request.officeId()) && !calendar.isOpen(request.officeId(), at)) {
            errors.reject("callbackAt", "helpdesk.error.callbackClosed");
        }
    }

    private static long ownerOf(NewRequest request) {
        if (request.memberId() != null) {
            return request.memberId();
        }
        return request.authorId() == null ? 0L : request.authorId();
    }

    /**
     * The member writes in their request. After a question from an advisor, the business days spent
     * waiting are given back; after an answer, or within the window after closing, it is a new
     * question with a new promise.
     */
    @Transactional
    public void memberReply(long memberId, long requestId, String body, List<IncomingFile> files) {
        var request = requests.lock(requestId).filter(r -> r.memberId() != null && r.memberId() == memberId)
                .orElseThrow(NotYours::new);
        reply(request, memberId, body, files);
    }

    /**
     * A reply that came by mail from a participant of the request: its member, or the address an
     * unknown sender wrote from. The same rules as a reply on the website.
     */
    void mailReply(RequestRow request, @Nullable Long authorId, String body, List<IncomingFile> files) {
        reply(request, authorId, body, files);
    }

    private void reply(RequestRow request, @Nullable Long authorId, String body, List<IncomingFile> files) {
        var requestId = request.id();
        var errors = FormErrors.builder();
        if (request.mergedInto() != null) {
            errors.rejectForm("helpdesk.error.merged");
        } else if (request.status() == RequestStatus.CLOSED && !withinReopenWindow(request)) {
            errors.rejectForm("helpdesk.error.closedTooLong");
        }
        checkBody(body, errors);
        var checked = attachments.check(files, errors);
        if (errors.any()) {
            throw new Refused(errors.build());
        }
        var messageId = requests.addMessage(requestId, authorId, MessageKind.MEMBER, body.strip());
        attachments.attach(messageId, authorId == null ? 0L : authorId, checked);
        resume(request);
    }

    /** The sender of a request that came by mail asked to close it, by mail. */
    void closeByMail(RequestRow request) {
        if (request.status() != RequestStatus.CLOSED) {
            changeStatus(request, RequestStatus.CLOSED, request.memberId());
        }
    }

    @Transactional
    public void close(long memberId, long requestId) {
        var request = requests.lock(requestId).filter(r -> r.memberId() != null && r.memberId() == memberId)
                .orElseThrow(NotYours::new);
        if (request.status() != RequestStatus.CLOSED) {
            changeStatus(request, RequestStatus.CLOSED, memberId);
        }
    }

    @Transactional
    public void reopen(long memberId, long requestId) {
        var request = requests.lock(requestId).filter(r -> r.memberId() != null && r.memberId() == memberId)
                .orElseThrow(NotYours::new);
        if (request.status() != RequestStatus.CLOSED) {
            return;
        }
        if (!withinReopenWindow(request) || request.mergedInto() != null) {
            throw Refused.form("helpdesk.error.closedTooLong");
        }
        resume(request);
    }

    /** A suggested answer spared the member a request. Only links inside Agora are counted, so the count cannot be filled with junk. */
    @Transactional
    public void suggestionHelped(long memberId, String source, String path) {
        if (source.isBlank() || source.length() > 40 || !path.startsWith("/") || path.startsWith("//") || path.length() > 500) {
            return;
        }
        requests.suggestionUsed(memberId, source.strip(), path);
    }

    static final int MAX_COMMENT = 2000;

    /** The member rates the answer of a closed request, once. */
    @Transactional
    public void rate(long memberId, long requestId, int score, String comment) {
        var request = requests.lock(requestId).filter(r -> r.memberId() != null && r.memberId() == memberId)
                .orElseThrow(NotYours::new);
        var errors = FormErrors.builder();
        if (request.status() != RequestStatus.CLOSED) {
            errors.rejectForm("helpdesk.error.rateClosedOnly");
        }
        if (score < 1 || score > 5) {
            errors.reject("score", "helpdesk.error.score");
        }
        if (comment.strip().length() > MAX_COMMENT) {
            errors.reject("comment", "helpdesk.error.commentLong");
        }
        if (errors.any()) {
            throw new Refused(errors.build());
        }
        requests.rate(requestId, score, comment.strip());
    }

    public java.util.Optional<Integer> ratingOf(long requestId) {
        return requests.ratingOf(requestId);
    }

    /** Whether a closed request may still be reopened by its member. */
    static boolean withinReopenWindow(RequestRow request) {
        return request.closedAt() != null && request.closedAt().plus(REOPEN_WINDOW).isAfter(Instant.now());
    }

    /** The member is back: the request is the cooperative's turn again, with its promise adjusted. */
    private void resume(RequestRow request) {
        var now = Instant.now();
        switch (request.status()) {
            case WAITING_MEMBER -> {
                var pausedFrom = request.waitingSince() == null ? now : request.waitingSince();
                var moved = promise.resumed(request.officeId(), request.dueOn(), pausedFrom, now);
                if (!moved.equals(request.dueOn())) {
                    requests.moveDue(request.id(), request.dueOn(), moved, DueChangeReason.WAITED_FOR_MEMBER, pausedFrom);
                }
            }
            case ANSWERED, CLOSED -> {
                var topic = topics.find(request.topicId()).orElseThrow();
                var renewed = promise.dueDate(request.officeId(), now, topic.targetDays());
                if (!renewed.equals(request.dueOn())) {
                    requests.moveDue(request.id(), request.dueOn(), renewed, DueChangeReason.FOLLOW_UP, null);
                }
            }
            case RECEIVED, IN_PROGRESS -> {
                return;
            }
        }
        changeStatus(request, request.assigneeId() == null ? RequestStatus.RECEIVED : RequestStatus.IN_PROGRESS, request.memberId());
    }

    void changeStatus(RequestRow request, RequestStatus status, @Nullable Long changedBy) {
        requests.status(request.id(), status);
        events.publishEvent(new RequestStatusChanged(request.id(), request.memberId(), status, changedBy));
    }

    static void checkBody(String body, FormErrors.Builder errors) {
        var text = body.strip();
        if (text.isEmpty()) {
            errors.reject("body", "helpdesk.error.body");
        } else if (text.length() > MAX_BODY) {
            errors.reject("body", "helpdesk.error.bodyLong");
        }
    }

    /** Someone asked for a request that is not theirs; shown as "not found" so that ids reveal nothing. */
    @ResponseStatus(HttpStatus.NOT_FOUND)
    static final class NotYours extends RuntimeException {

        NotYours() {
            super(null, null, false, false);
        }
    }
}
