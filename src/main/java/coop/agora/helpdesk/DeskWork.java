package coop.agora.helpdesk;

import coop.agora.accounts.Pole;
import coop.agora.platform.Viewer;
import coop.agora.platform.web.FormErrors;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import coop.agora.platform.Texts;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What advisors do with requests: take one, hand it to a colleague or another pole, write to the
 * member, keep internal notes, log phone calls and join duplicates. Only advisors of the request's
 * pole (and admins) may change it.
 */
@Service
class DeskWork {

    /** Where a request may stand after an advisor wrote in it. */
    static final Set<RequestStatus> AFTER_WRITING = EnumSet.of(RequestStatus.ANSWERED, RequestStatus.WAITING_MEMBER, RequestStatus.IN_PROGRESS);

    private final Requests requests;
    private final HelpDesk helpDesk;
    private final Colleagues colleagues;
    private final Attachments attachments;
    private final ApplicationEventPublisher events;
    private final Texts texts;

    DeskWork(Requests requests, HelpDesk helpDesk, Colleagues colleagues, Attachments attachments, ApplicationEventPublisher events,
            Texts texts) {
        this.texts = texts;
        this.requests = requests;
        this.helpDesk = helpDesk;
        this.colleagues = colleagues;
        this.attachments = attachments;
        this.events = events;
    }

    /** Thrown when the advisor does not work for the request's pole: 403. */
    @org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.FORBIDDEN)
    static final class NotYourPole extends RuntimeException {

        NotYourPole() {
            super(null, null, false, false);
        }
    }

    private RequestRow handled(Viewer advisor, long requestId) {
        var request = requests.lock(requestId).orElseThrow(HelpDesk.NotYours::new);
        if (!colleagues.mayHandle(advisor, request.pole())) {
            throw new NotYourPole();
        }
        return request;
    }

    @Transactional
    public void take(Viewer advisor, long requestId) {
        var request = handled(advisor, requestId);
        requests.assign(requestId, advisor.id());
        if (request.status() == RequestStatus.RECEIVED) {
            helpDesk.changeStatus(request, RequestStatus.IN_PROGRESS, advisor.id());
        }
    }

    @Transactional
    public void assign(Viewer advisor, long requestId, long colleagueId) {
        var request = handled(advisor, requestId);
        if (!colleagues.worksFor(colleagueId, request.pole())) {
            throw Refused.field("colleague", "helpdesk.error.colleague");
        }
        requests.assign(requestId, colleagueId);
        if (request.status() == RequestStatus.RECEIVED) {
            helpDesk.changeStatus(request, RequestStatus.IN_PROGRESS, advisor.id());
        }
    }

    /** Gives the request back to its pole's shared queue. */
    @Transactional
    public void release(Viewer advisor, long requestId) {
        var request = handled(advisor, requestId);
        requests.assign(requestId, null);
        if (request.status() == RequestStatus.IN_PROGRESS) {
            helpDesk.changeStatus(request, RequestStatus.RECEIVED, advisor.id());
        }
    }

    /** Sends the request to another pole's shared queue; the member keeps the promised date. */
    @Transactional
    public void transfer(Viewer advisor, long requestId, String poleName) {
        var request = handled(advisor, requestId);
        var pole = parsePole(poleName);
        if (pole == null || pole == request.pole()) {
            throw Refused.field("pole", "helpdesk.error.pole");
        }
        requests.transfer(requestId, pole);
        requests.addMessage(requestId, advisor.id(), MessageKind.NOTE,
                texts.get("helpdesk.note.transferred", advisor.language(), texts.get(request.pole().labelKey(), advisor.language()),
                        texts.get(pole.labelKey(), advisor.language())));
        if (request.status() == RequestStatus.IN_PROGRESS) {
            helpDesk.changeStatus(request, RequestStatus.RECEIVED, advisor.id());
        }
    }

    static @Nullable Pole parsePole(String name) {
        for (var pole : Pole.values()) {
            if (pole.name().equals(name)) {
                return pole;
            }
        }
        return null;
    }

    /** An advisor writes in a request: to the member, a note for colleagues, or a phone call's summary. */
    @Transactional
    public void write(Viewer advisor, long requestId, DeskReplyForm form, List<IncomingFile> files) {
        var request = handled(advisor, requestId);
        var errors = FormErrors.builder();
        var kind = switch (form.kindName()) {
            case "ADVISOR" -> MessageKind.ADVISOR;
            case "NOTE" -> MessageKind.NOTE;
            case "PHONE" -> MessageKind.PHONE;
            default -> null;
        };
        if (kind == null) {
            errors.reject("kind", "helpdesk.error.kind");
        }
        var after = switch (form.afterName()) {
            case "ANSWERED" -> RequestStatus.ANSWERED;
            case "WAITING_MEMBER" -> RequestStatus.WAITING_MEMBER;
            case "IN_PROGRESS" -> RequestStatus.IN_PROGRESS;
            default -> null;
        };
        if (after == null) {
            errors.reject("after", "helpdesk.error.after");
        }
        if (request.mergedInto() != null) {
            errors.rejectForm("helpdesk.error.merged");
        }
        if (kind == MessageKind.ADVISOR && request.memberId() == null && !requests.reachableByMail(requestId)) {
            errors.rejectForm("helpdesk.error.noMember");
        }
        HelpDesk.checkBody(form.bodyText(), errors);
        var checked = attachments.check(files, errors);
        if (errors.any() || kind == null || after == null) {
            throw new Refused(errors.build());
        }
        var messageId = requests.addMessage(requestId, advisor.id(), kind, form.bodyText().strip());
        attachments.attach(messageId, advisor.id(), checked);
        if (kind == MessageKind.NOTE) {
            return;
        }
        requests.responded(requestId, after, advisor.id());
        if (after != request.status()) {
            events.publishEvent(new RequestStatusChanged(requestId, request.memberId(), after, advisor.id()));
        }
        if (kind == MessageKind.ADVISOR) {
            events.publishEvent(new RequestAnswered(requestId, request.memberId(), advisor.id(), messageId));
        }
    }

    /** Joins a duplicate into another request of the same member; the duplicate is closed and points to it. */
    @Transactional
    public void merge(Viewer advisor, long duplicateId, long targetId) {
        var duplicate = handled(advisor, duplicateId);
        var target = requests.find(targetId).orElse(null);
        if (target == null || targetId == duplicateId || target.mergedInto() != null || target.memberId() == null
                || !target.memberId().equals(duplicate.memberId())) {
            throw Refused.field("target", "helpdesk.error.mergeTarget");
        }
        requests.mergeInto(duplicateId, targetId);
        requests.addMessage(targetId, advisor.id(), MessageKind.NOTE,
                texts.get("helpdesk.note.merged", advisor.language(), duplicateId, duplicate.subject()));
        helpDesk.changeStatus(duplicate, RequestStatus.CLOSED, advisor.id());
    }
}
