package coop.agora.helpdesk;

import coop.agora.accounts.Members;
import coop.agora.offices.OfficeCalendar;
import coop.agora.offices.Offices;
import coop.agora.platform.AnswerSuggestions;
import coop.agora.platform.Viewer;
import coop.agora.platform.web.FormErrors;
import coop.agora.platform.web.Notices;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
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

/** The member's side: asking a question, their requests and the conversation in each. */
@Controller
class HelpController {

    private static final int SUGGESTIONS = 5;

    private final HelpDesk helpDesk;
    private final HelpdeskReads reads;
    private final HelpTopics topics;
    private final Members members;
    private final Offices offices;
    private final Attachments attachments;
    private final AnswerSuggestions suggestions;
    private final OfficeCalendar calendar;
    private final Surveys surveys;

    HelpController(HelpDesk helpDesk, HelpdeskReads reads, HelpTopics topics, Members members, Offices offices, Attachments attachments,
            AnswerSuggestions suggestions, OfficeCalendar calendar, Surveys surveys) {
        this.surveys = surveys;
        this.calendar = calendar;
        this.suggestions = suggestions;
        this.helpDesk = helpDesk;
        this.reads = reads;
        this.topics = topics;
        this.members = members;
        this.offices = offices;
        this.attachments = attachments;
    }

    @GetMapping("/help")
    String index(@RequestParam(required = false) @Nullable Long before, @AuthenticationPrincipal Viewer viewer, Locale locale, Model model) {
        var page = reads.myRequests(viewer.id(), before, locale);
        model.addAttribute("lines", page.lines());
        model.addAttribute("next", page.next());
        return "helpdesk/index";
    }

    @GetMapping("/help/ask")
    String askPage(@AuthenticationPrincipal Viewer viewer, Locale locale, Model model) {
        return askPage(viewer, AskForm.empty(), FormErrors.none(), locale, model);
    }

    /** Answers that match the subject being typed, for the form's live suggestions. */
    @GetMapping("/help/suggestions")
    String suggestions(@RequestParam(defaultValue = "") String subject, Locale locale, Model model) {
        model.addAttribute("suggestions", suggestions.suggest(subject, locale, SUGGESTIONS));
        return "helpdesk/_suggestions";
    }

    /** A suggestion answered the member's question: counted, so the cooperative knows which answers spare requests. */
    @PostMapping("/help/suggestions/helped")
    String helped(
            @RequestParam(defaultValue = "") String source,
            @RequestParam(defaultValue = "") String path,
            @AuthenticationPrincipal Viewer viewer,
            RedirectAttributes redirect) {
        helpDesk.suggestionHelped(viewer.id(), source, path);
        Notices.show(redirect, "helpdesk.notice.helped");
        return "redirect:/help";
    }

    @PostMapping("/help/ask")
    String ask(
            AskForm form,
            @RequestParam(name = "attachments", required = false) @Nullable List<MultipartFile> uploads,
            @RequestParam(required = false) @Nullable String look,
            @AuthenticationPrincipal Viewer viewer,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect,
            Model model) {
        if (look != null) {
            // The "look for answers" button: suggestions for the subject, without JavaScript; nothing is sent yet.
            return askPage(viewer, form, FormErrors.none(), locale, model);
        }
        var homeOffice = members.homeOffice(viewer.id());
        var officeId = homeOffice.orElseGet(() -> AskForm.parseId(form.officeId()));
        try {
            var id = helpDesk.receive(new NewRequest(viewer.id(), viewer.id(), AskForm.parseId(form.topicId()), officeId, Channel.WEB,
                    form.subjectText(), form.bodyText(), incoming(uploads), null));
            Notices.show(redirect, "helpdesk.notice.received");
            return "redirect:/help/requests/" + id;
        } catch (Refused refused) {
            response.setStatus(422);
            return askPage(viewer, form, refused.errors(), locale, model);
        }
    }

    private String askPage(Viewer viewer, AskForm form, FormErrors errors, Locale locale, Model model) {
        model.addAttribute("suggestions", suggestions.suggest(form.subjectText(), locale, SUGGESTIONS));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("topics", topics.active());
        model.addAttribute("offices", offices.all());
        model.addAttribute("homeOffice", members.homeOffice(viewer.id()).flatMap(offices::find).orElse(null));
        return "helpdesk/ask";
    }

    /** A member asks to be called back, at a moment their office is open. */
    @GetMapping("/help/callback")
    String callbackPage(@AuthenticationPrincipal Viewer viewer, Locale locale, Model model) {
        return callbackPage(viewer, AskForm.empty(), "", FormErrors.none(), locale, model);
    }

    @PostMapping("/help/callback")
    String callback(
            AskForm form,
            @RequestParam(defaultValue = "") String callbackAt,
            @AuthenticationPrincipal Viewer viewer,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect,
            Model model) {
        var officeId = members.homeOffice(viewer.id()).orElseGet(() -> AskForm.parseId(form.officeId()));
        var zone = offices.find(officeId).map(office -> office.timeZone()).orElse(java.time.ZoneId.of("Europe/Brussels"));
        java.time.Instant at;
        try {
            at = java.time.LocalDateTime.parse(callbackAt.strip()).atZone(zone).toInstant();
        } catch (java.time.format.DateTimeParseException e) {
            at = null;
        }
        try {
            var id = helpDesk.receive(new NewRequest(viewer.id(), viewer.id(), AskForm.parseId(form.topicId()), officeId, Channel.CALLBACK,
                    form.subjectText(), form.bodyText(), List.of(), at));
            Notices.show(redirect, "helpdesk.notice.callback");
            return "redirect:/help/requests/" + id;
        } catch (Refused refused) {
            response.setStatus(422);
            return callbackPage(viewer, form, callbackAt, refused.errors(), locale, model);
        }
    }

    private String callbackPage(Viewer viewer, AskForm form, String callbackAt, FormErrors errors, Locale locale, Model model) {
        askPage(viewer, form, errors, locale, model);
        var office = members.homeOffice(viewer.id()).orElse(null);
        model.addAttribute("callbackAt", callbackAt);
        model.addAttribute("hours", office == null ? List.of() : calendar.weeklyHours(office));
        return "helpdesk/callback";
    }

    @GetMapping("/help/requests/{id}")
    String request(@PathVariable long id, @AuthenticationPrincipal Viewer viewer, Locale locale, Model model) {
        var request = own(id, viewer, locale);
        return requestPage(request, "", FormErrors.none(), locale, model);
    }

    private String requestPage(RequestView request, String body, FormErrors errors, Locale locale, Model model) {
        model.addAttribute("request", request);
        model.addAttribute("rating", helpDesk.ratingOf(request.id()).orElse(null));
        model.addAttribute("messages", reads.messages(request.id(), false, locale));
        model.addAttribute("dueChanges", reads.dueChanges(request.id()));
        model.addAttribute("body", body);
        model.addAttribute("errors", errors);
        return "helpdesk/request";
    }

    @PostMapping("/help/requests/{id}/reply")
    String reply(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String body,
            @RequestParam(name = "attachments", required = false) @Nullable List<MultipartFile> uploads,
            @AuthenticationPrincipal Viewer viewer,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect,
            Model model) {
        return onOwnRequest(id, viewer, body, () -> helpDesk.memberReply(viewer.id(), id, body, incoming(uploads)),
                "helpdesk.notice.replied", locale, response, redirect, model);
    }

    @PostMapping("/help/requests/{id}/close")
    String close(@PathVariable long id, @AuthenticationPrincipal Viewer viewer, Locale locale, RedirectAttributes redirect) {
        own(id, viewer, locale);
        helpDesk.close(viewer.id(), id);
        Notices.show(redirect, "helpdesk.notice.closed");
        return "redirect:/help/requests/" + id;
    }

    /** After closing, the member rates the answer once: 1 to 5, and a comment if they wish. */
    @PostMapping("/help/requests/{id}/rate")
    String rate(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String score,
            @RequestParam(defaultValue = "") String comment,
            @AuthenticationPrincipal Viewer viewer,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect,
            Model model) {
        return onOwnRequest(id, viewer, "", () -> helpDesk.rate(viewer.id(), id, (int) AskForm.parseId(score), comment),
                "helpdesk.notice.rated", locale, response, redirect, model);
    }

    @GetMapping("/help/survey/{id}")
    String survey(@PathVariable long id, @AuthenticationPrincipal Viewer viewer, Model model) {
        return surveyPage(ownSurvey(id, viewer), FormErrors.none(), model);
    }

    @PostMapping("/help/survey/{id}")
    String answerSurvey(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String score,
            @RequestParam(defaultValue = "") String comment,
            @AuthenticationPrincipal Viewer viewer,
            HttpServletResponse response,
            RedirectAttributes redirect,
            Model model) {
        var survey = ownSurvey(id, viewer);
        try {
            surveys.answer(viewer.id(), id, (int) AskForm.parseId(score), comment);
            Notices.show(redirect, "helpdesk.notice.surveyAnswered");
            return "redirect:/help";
        } catch (Refused refused) {
            response.setStatus(422);
            return surveyPage(survey, refused.errors(), model);
        }
    }

    private Surveys.Survey ownSurvey(long id, Viewer viewer) {
        return surveys.find(id).filter(s -> s.memberId() != null && s.memberId() == viewer.id()).orElseThrow(HelpDesk.NotYours::new);
    }

    private String surveyPage(Surveys.Survey survey, FormErrors errors, Model model) {
        model.addAttribute("answered", survey.score() != null);
        model.addAttribute("surveyId", survey.id());
        model.addAttribute("errors", errors);
        return "helpdesk/survey";
    }

    @PostMapping("/help/requests/{id}/reopen")
    String reopen(
            @PathVariable long id,
            @AuthenticationPrincipal Viewer viewer,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect,
            Model model) {
        return onOwnRequest(id, viewer, "", () -> helpDesk.reopen(viewer.id(), id), "helpdesk.notice.reopened", locale, response, redirect,
                model);
    }

    /**
     * Does something to one of the member's own requests and goes back to it with a notice; when it
     * is refused, the request's page again with the reasons and what the member had typed.
     */
    private String onOwnRequest(long id, Viewer viewer, String typed, Runnable change, String noticeKey, Locale locale,
            HttpServletResponse response, RedirectAttributes redirect, Model model) {
        var request = own(id, viewer, locale);
        try {
            change.run();
            Notices.show(redirect, noticeKey);
            return "redirect:/help/requests/" + id;
        } catch (Refused refused) {
            response.setStatus(422);
            return requestPage(request, typed, refused.errors(), locale, model);
        }
    }

    /** A file of a message the member may read: theirs, or an advisor's answer to them; never a note's. */
    @GetMapping("/help/attachments/{id}")
    ResponseEntity<byte[]> attachment(@PathVariable long id, @AuthenticationPrincipal Viewer viewer, Locale locale) {
        var place = attachments.place(id).filter(p -> p.kind().visibleToMember()).orElseThrow(HelpDesk.NotYours::new);
        own(place.requestId(), viewer, locale);
        return download(attachments, place);
    }

    static ResponseEntity<byte[]> download(Attachments attachments, Attachments.Place place) {
        var content = attachments.content(place.fileId()).orElseThrow(HelpDesk.NotYours::new);
        var inline = place.contentType().startsWith("image/") || place.contentType().equals("application/pdf");
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(place.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, (inline ? ContentDisposition.inline() : ContentDisposition.attachment())
                        .filename(place.name(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .body(content.bytes());
    }

    private RequestView own(long id, Viewer viewer, Locale locale) {
        return reads.request(id, locale)
                .filter(r -> r.memberId() != null && r.memberId() == viewer.id())
                .orElseThrow(HelpDesk.NotYours::new);
    }

    static List<IncomingFile> incoming(@Nullable List<MultipartFile> uploads) {
        if (uploads == null) {
            return List.of();
        }
        var files = new ArrayList<IncomingFile>();
        for (var upload : uploads) {
            if (!upload.isEmpty()) {
                try {
                    files.add(new IncomingFile(String.valueOf(upload.getOriginalFilename()), upload.getBytes()));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return files;
    }
}
