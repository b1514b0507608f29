package coop.agora.helpdesk;

import coop.agora.accounts.Members;
import coop.agora.accounts.Pole;
import coop.agora.offices.Offices;
import coop.agora.platform.Viewer;
import coop.agora.platform.web.FormErrors;
import coop.agora.platform.web.Notices;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The advisors' side: queues, a request with its whole conversation, and everything done with it. */
@Controller
class DeskController {

    private final HelpdeskReads reads;
    private final DeskWork work;
    private final Colleagues colleagues;
    private final HelpTopics topics;
    private final Offices offices;
    private final Presence presence;
    private final CannedReplies canned;
    private final Attachments attachments;
    private final Members members;
    private final HelpDesk helpDesk;

    DeskController(HelpDesk helpDesk, HelpdeskReads reads, DeskWork work, Colleagues colleagues, HelpTopics topics, Offices offices, Presence presence,
            CannedReplies canned, Attachments attachments, Members members) {
        this.helpDesk = helpDesk;
        this.reads = reads;
        this.work = work;
        this.colleagues = colleagues;
        this.topics = topics;
        this.offices = offices;
        this.presence = presence;
        this.canned = canned;
        this.attachments = attachments;
        this.members = members;
    }

    /**
     * A queue. Without filters it opens on the advisor's first pole and office, the queue they share
     * with their team.
     */
    @GetMapping("/desk")
    String queue(
            @RequestParam(required = false) @Nullable String pole,
            @RequestParam(defaultValue = "") String office,
            @RequestParam(defaultValue = "") String status,
            @RequestParam(defaultValue = "") String due,
            @RequestParam(defaultValue = "") String assignee,
            @RequestParam(defaultValue = "") String topic,
            @RequestParam(defaultValue = "") String after,
            @AuthenticationPrincipal Viewer viewer,
            Locale locale,
            Model model) {
        QueueFilter filter;
        if (pole == null) {
            var self = colleagues.find(viewer.id()).orElse(null);
            filter = new QueueFilter(
                    self == null || self.poles().isEmpty() ? null : self.poles().stream().sorted().findFirst().orElseThrow(),
                    self == null || self.offices().isEmpty() ? null : self.offices().stream().sorted().findFirst().orElseThrow(),
                    null, "", "", null);
        } else {
            filter = QueueFilter.parse(pole, office, status, due, assignee, topic);
        }
        var page = reads.queue(filter, viewer.id(), QueueFilter.Cursor.parse(after), locale);
        model.addAttribute("filter", filter);
        model.addAttribute("lines", page.lines());
        model.addAttribute("next", page.next());
        model.addAttribute("first", after.isEmpty());
        model.addAttribute("poles", List.of(Pole.values()));
        model.addAttribute("offices", offices.all());
        model.addAttribute("topics", topics.all());
        model.addAttribute("advisors", filter.pole() == null ? List.of() : colleagues.of(filter.pole()));
        return "helpdesk/queue";
    }

    @GetMapping("/desk/requests/{id}")
    String request(
            @PathVariable long id,
            @RequestParam(required = false) @Nullable Long canned,
            @AuthenticationPrincipal Viewer viewer,
            Locale locale,
            Model model) {
        var page = reads.deskPage(id, viewer.id(), locale).orElseThrow(HelpDesk.NotYours::new);
        presence.seen(id, viewer.id(), false);
        var form = DeskReplyForm.empty();
        if (canned != null) {
            var chosen = this.canned.findActive(canned).orElse(null);
            if (chosen != null) {
                form = DeskReplyForm.withBody(filled(chosen, page.request()));
            }
        }
        return requestPage(page, viewer, form, FormErrors.none(), model);
    }

    private String filled(CannedReply chosen, RequestView request) {
        var contact = request.memberId() == null ? null : members.contacts(List.of(request.memberId())).get(request.memberId());
        var language = contact == null ? Locale.FRENCH : contact.language();
        return CannedReplies.fill(chosen, language, request.memberName(), Days.full(request.dueOn(), language), request.id());
    }

    private String requestPage(long id, Viewer viewer, DeskReplyForm form, FormErrors errors, Locale locale, Model model) {
        return requestPage(reads.deskPage(id, viewer.id(), locale).orElseThrow(HelpDesk.NotYours::new), viewer, form, errors, model);
    }

    private String requestPage(HelpdeskReads.DeskPage page, Viewer viewer, DeskReplyForm form, FormErrors errors, Model model) {
        var request = page.request();
        var advisors = colleagues.of(request.pole());
        model.addAttribute("request", request);
        model.addAttribute("messages", page.messages());
        model.addAttribute("dueChanges", page.dueChanges());
        model.addAttribute("others", page.others());
        model.addAttribute("present", page.present());
        model.addAttribute("mayHandle", colleagues.mayHandle(viewer, advisors));
        model.addAttribute("colleagues", advisors);
        model.addAttribute("poles", List.of(Pole.values()));
        model.addAttribute("canned", canned.forPole(request.pole()));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "helpdesk/desk-request";
    }

    /** Refreshed by the page every few seconds: keeps this advisor present and shows who else is. */
    @GetMapping("/desk/requests/{id}/presence")
    String presence(@PathVariable long id, @AuthenticationPrincipal Viewer viewer, Locale locale, Model model) {
        presence.seen(id, viewer.id(), false);
        model.addAttribute("present", presence.others(id, viewer.id(), locale));
        return "helpdesk/_presence";
    }

    /** Sent once the advisor starts typing, so that colleagues see someone is answering. */
    @PostMapping("/desk/requests/{id}/presence")
    String answering(@PathVariable long id, @AuthenticationPrincipal Viewer viewer, Locale locale, Model model) {
        presence.seen(id, viewer.id(), true);
        model.addAttribute("present", presence.others(id, viewer.id(), locale));
        return "helpdesk/_presence";
    }

    @PostMapping("/desk/requests/{id}/take")
    String take(@PathVariable long id, @AuthenticationPrincipal Viewer viewer, RedirectAttributes redirect) {
        work.take(viewer, id);
        Notices.show(redirect, "helpdesk.notice.taken");
        return "redirect:/desk/requests/" + id;
    }

    @PostMapping("/desk/requests/{id}/release")
    String release(@PathVariable long id, @AuthenticationPrincipal Viewer viewer, RedirectAttributes redirect) {
        work.release(viewer, id);
        Notices.show(redirect, "helpdesk.notice.released");
        return "redirect:/desk/requests/" + id;
    }

    @PostMapping("/desk/requests/{id}/assign")
    String assign(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String colleague,
            @AuthenticationPrincipal Viewer viewer,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect,
            Model model) {
        return acting(id, viewer, locale, response, redirect, model, "helpdesk.notice.assigned",
                () -> work.assign(viewer, id, parseId(colleague)));
    }

    @PostMapping("/desk/requests/{id}/transfer")
    String transfer(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String pole,
            @AuthenticationPrincipal Viewer viewer,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect,
            Model model) {
        return acting(id, viewer, locale, response, redirect, model, "helpdesk.notice.transferred", () -> work.transfer(viewer, id, pole));
    }

    @PostMapping("/desk/requests/{id}/merge")
    String merge(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String target,
            @AuthenticationPrincipal Viewer viewer,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect,
            Model model) {
        return acting(id, viewer, locale, response, redirect, model, "helpdesk.notice.merged", () -> work.merge(viewer, id, parseId(target)));
    }

    @PostMapping("/desk/requests/{id}/write")
    String write(
            @PathVariable long id,
            DeskReplyForm form,
            @RequestParam(name = "attachments", required = false) @Nullable List<MultipartFile> uploads,
            @AuthenticationPrincipal Viewer viewer,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect,
            Model model) {
        reads.request(id, locale).orElseThrow(HelpDesk.NotYours::new);
        try {
            work.write(viewer, id, form, HelpController.incoming(uploads));
            presence.left(id, viewer.id());
            Notices.show(redirect, "NOTE".equals(form.kind()) ? "helpdesk.notice.noted" : "helpdesk.notice.sent");
            return "redirect:/desk/requests/" + id;
        } catch (Refused refused) {
            response.setStatus(422);
            return requestPage(id, viewer, form, refused.errors(), locale, model);
        }
    }

    /** An advisor took a call that is a new request: it is logged so that it follows the same promise and queues. */
    @GetMapping("/desk/calls/new")
    String callPage(Model model) {
        return callPage("", AskForm.empty(), FormErrors.none(), model);
    }

    private String callPage(String memberEmail, AskForm form, FormErrors errors, Model model) {
        model.addAttribute("memberEmail", memberEmail);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("topics", topics.active());
        model.addAttribute("offices", offices.all());
        return "helpdesk/call";
    }

    @PostMapping("/desk/calls")
    String logCall(
            AskForm form,
            @RequestParam(defaultValue = "") String memberEmail,
            @AuthenticationPrincipal Viewer viewer,
            HttpServletResponse response,
            RedirectAttributes redirect,
            Model model) {
        Long memberId = null;
        if (!memberEmail.isBlank()) {
            memberId = members.idOf(memberEmail).orElse(null);
            if (memberId == null) {
                response.setStatus(422);
                return callPage(memberEmail, form, FormErrors.builder().reject("memberEmail", "helpdesk.error.memberEmail").build(), model);
            }
        }
        try {
            var id = helpDesk.receive(new NewRequest(memberId, viewer.id(), AskForm.parseId(form.topicId()), AskForm.parseId(form.officeId()),
                    Channel.PHONE, form.subjectText(), form.bodyText(), List.of(), null));
            Notices.show(redirect, "helpdesk.notice.callLogged");
            return "redirect:/desk/requests/" + id;
        } catch (Refused refused) {
            response.setStatus(422);
            return callPage(memberEmail, form, refused.errors(), model);
        }
    }

    @GetMapping("/desk/attachments/{id}")
    ResponseEntity<byte[]> attachment(@PathVariable long id) {
        var place = attachments.place(id).orElseThrow(HelpDesk.NotYours::new);
        return HelpController.download(attachments, place);
    }

    private String acting(long id, Viewer viewer, Locale locale, HttpServletResponse response, RedirectAttributes redirect, Model model,
            String notice, Runnable action) {
        reads.request(id, locale).orElseThrow(HelpDesk.NotYours::new);
        try {
            action.run();
            Notices.show(redirect, notice);
            return "redirect:/desk/requests/" + id;
        } catch (Refused refused) {
            response.setStatus(422);
            return requestPage(id, viewer, DeskReplyForm.empty(), refused.errors(), locale, model);
        }
    }

    private static long parseId(String value) {
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
