package coop.agora.mentoring;

import coop.agora.directory.DirectoryFacts;
import coop.agora.directory.Sector;
import coop.agora.platform.Viewer;
import coop.agora.platform.web.FormErrors;
import coop.agora.platform.web.Notices;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Mentoring's pages. A request shows only to its member, a mentorship only to its pair, and the
 * figures only to advisors and admins, who never see who or what.
 */
@Controller
class MentoringController {

    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    private final MentoringReads reads;
    private final MentoringRules rules;
    private final Mentorships mentorships;
    private final Matching matching;
    private final DirectoryFacts directory;

    MentoringController(MentoringReads reads, MentoringRules rules, Mentorships mentorships, Matching matching, DirectoryFacts directory) {
        this.reads = reads;
        this.rules = rules;
        this.mentorships = mentorships;
        this.matching = matching;
        this.directory = directory;
    }

    @GetMapping("/mentoring")
    String home(@AuthenticationPrincipal Viewer viewer, Locale locale, Model model) {
        model.addAttribute("offer", reads.offer(viewer.id()).orElse(null));
        model.addAttribute("requests", reads.requestsOf(viewer.id()));
        model.addAttribute("mentorships", reads.mentorshipsOf(viewer.id(), locale));
        model.addAttribute("advisor", advisor(viewer));
        return "mentoring/home";
    }

    @GetMapping("/mentoring/offer")
    String offerPage(@AuthenticationPrincipal Viewer viewer, Locale locale, Model model) {
        return offerPage(reads.offerForm(viewer.id(), locale), FormErrors.none(), locale, model);
    }

    @PostMapping("/mentoring/offer")
    String offer(MentorForm form, @AuthenticationPrincipal Viewer viewer, Locale locale, HttpServletResponse response, RedirectAttributes redirect,
            Model model) {
        try {
            mentorships.offer(viewer.id(), rules.offer(form, viewer.id(), locale));
            Notices.show(redirect, "mentoring.notice.offered");
            return "redirect:/mentoring";
        } catch (MentoringRules.Refused refused) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return offerPage(form, refused.errors(), locale, model);
        }
    }

    @PostMapping("/mentoring/offer/pause")
    String pause(@AuthenticationPrincipal Viewer viewer, RedirectAttributes redirect) {
        mentorships.pause(viewer.id());
        Notices.show(redirect, "mentoring.notice.paused");
        return "redirect:/mentoring";
    }

    private String offerPage(MentorForm form, FormErrors errors, Locale locale, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        choices(model, locale);
        return "mentoring/offer";
    }

    @GetMapping("/mentoring/ask")
    String askPage(@AuthenticationPrincipal Viewer viewer, Locale locale, Model model) {
        return askPage(new RequestForm("", List.of(), List.of(), List.of(viewer.language().getLanguage()), "", "on"), FormErrors.none(), locale,
                model);
    }

    @PostMapping("/mentoring/requests")
    String request(RequestForm form, @AuthenticationPrincipal Viewer viewer, Locale locale, HttpServletResponse response,
            RedirectAttributes redirect, Model model) {
        try {
            var id = mentorships.request(viewer.id(), rules.ask(form, viewer.id(), locale));
            Notices.show(redirect, "mentoring.notice.requested");
            return "redirect:/mentoring/requests/" + id;
        } catch (MentoringRules.Refused refused) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return askPage(form, refused.errors(), locale, model);
        }
    }

    private String askPage(RequestForm form, FormErrors errors, Locale locale, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        choices(model, locale);
        return "mentoring/ask";
    }

    @GetMapping("/mentoring/requests/{id:[0-9]+}")
    String requestPage(@PathVariable long id, @AuthenticationPrincipal Viewer viewer, Locale locale, Model model) {
        return requestPage(own(id, viewer), FormErrors.none(), locale, model);
    }

    @PostMapping("/mentoring/requests/{id:[0-9]+}/ask")
    String askMentor(@PathVariable long id, @RequestParam(defaultValue = "0") long mentor, @AuthenticationPrincipal Viewer viewer, Locale locale,
            HttpServletResponse response, RedirectAttributes redirect, Model model) {
        var request = own(id, viewer);
        try {
            var mentorship = mentorships.ask(viewer.id(), id, mentor);
            Notices.show(redirect, "mentoring.notice.asked");
            return "redirect:/mentoring/mentorships/" + mentorship;
        } catch (MentoringRules.Refused refused) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return requestPage(request, refused.errors(), locale, model);
        }
    }

    private String requestPage(RequestView request, FormErrors errors, Locale locale, Model model) {
        model.addAttribute("request", request);
        model.addAttribute("suggestions", request.open() ? matching.suggestions(request.id(), locale) : List.of());
        model.addAttribute("mentorships", reads.mentorshipsOf(request.menteeId(), locale).stream()
                .filter(each -> each.requestId() != null && each.requestId() == request.id()).toList());
        model.addAttribute("errors", errors);
        return "mentoring/request";
    }

    @GetMapping("/mentoring/mentorships/{id:[0-9]+}")
    String mentorship(@PathVariable long id, @AuthenticationPrincipal Viewer viewer, Locale locale, Model model) {
        return mentorshipPage(ofPair(id, viewer, locale), viewer, FormErrors.none(), "", locale, model);
    }

    @PostMapping("/mentoring/mentorships/{id:[0-9]+}/{action:accept|decline|end}")
    String answer(@PathVariable long id, @PathVariable String action, @AuthenticationPrincipal Viewer viewer, Locale locale,
            HttpServletResponse response, RedirectAttributes redirect, Model model) {
        var mentorship = ofPair(id, viewer, locale);
        if (!action.equals("end") && !mentorship.mentoredBy(viewer.id())) {
            throw new AccessDeniedException("Only the mentor answers");
        }
        try {
            switch (action) {
                case "accept" -> mentorships.accept(viewer.id(), id);
                case "decline" -> mentorships.decline(viewer.id(), id);
                default -> mentorships.end(viewer.id(), id);
            }
            Notices.show(redirect, "mentoring.notice." + action);
            return "redirect:/mentoring/mentorships/" + id;
        } catch (MentoringRules.Refused refused) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return mentorshipPage(mentorship, viewer, refused.errors(), "", locale, model);
        }
    }

    @PostMapping("/mentoring/mentorships/{id:[0-9]+}/log")
    String log(@PathVariable long id, @RequestParam(defaultValue = "") String heldOn, @RequestParam(defaultValue = "") String note,
            @AuthenticationPrincipal Viewer viewer, Locale locale, HttpServletResponse response, RedirectAttributes redirect, Model model) {
        var mentorship = ofPair(id, viewer, locale);
        var errors = FormErrors.builder();
        var day = day(heldOn);
        if (day == null || day.isAfter(LocalDate.now(BRUSSELS)) || day.isBefore(LocalDate.now(BRUSSELS).minusYears(2))) {
            errors.reject("heldOn", "mentoring.error.heldOn");
        }
        if (note.isBlank()) {
            errors.reject("note", "mentoring.error.noteRequired");
        } else if (note.length() > Mentorships.MAX_NOTE) {
            errors.reject("note", "mentoring.error.textLong");
        }
        try {
            if (errors.any()) {
                throw new MentoringRules.Refused(errors.build());
            }
            mentorships.log(viewer.id(), id, day, note.strip());
            Notices.show(redirect, "mentoring.notice.logged");
            return "redirect:/mentoring/mentorships/" + id + "#log";
        } catch (MentoringRules.Refused refused) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return mentorshipPage(mentorship, viewer, refused.errors(), note, locale, model);
        }
    }

    @PostMapping("/mentoring/mentorships/{id:[0-9]+}/feedback")
    String feedback(@PathVariable long id, @RequestParam(defaultValue = "") String feedback, @AuthenticationPrincipal Viewer viewer,
            Locale locale, HttpServletResponse response, RedirectAttributes redirect, Model model) {
        var mentorship = ofPair(id, viewer, locale);
        try {
            var text = feedback.strip();
            if (text.isEmpty() || text.length() > Mentorships.MAX_FEEDBACK) {
                throw new MentoringRules.Refused(FormErrors.builder()
                        .reject("feedback", text.isEmpty() ? "mentoring.error.feedbackRequired" : "mentoring.error.textLong").build());
            }
            mentorships.feedback(viewer.id(), id, text);
            Notices.show(redirect, "mentoring.notice.feedback");
            return "redirect:/mentoring/mentorships/" + id;
        } catch (MentoringRules.Refused refused) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return mentorshipPage(mentorship, viewer, refused.errors(), "", locale, model);
        }
    }

    private String mentorshipPage(MentorshipView mentorship, Viewer viewer, FormErrors errors, String note, Locale locale, Model model) {
        model.addAttribute("mentorship", mentorship);
        model.addAttribute("mentor", mentorship.mentoredBy(viewer.id()));
        model.addAttribute("logs", reads.logs(mentorship.id(), locale));
        model.addAttribute("errors", errors);
        model.addAttribute("note", note);
        model.addAttribute("today", LocalDate.now(BRUSSELS).toString());
        return "mentoring/mentorship";
    }

    @GetMapping("/mentoring/figures")
    String figures(@AuthenticationPrincipal Viewer viewer, Model model) {
        if (!advisor(viewer)) {
            throw new AccessDeniedException("Advisors and admins only");
        }
        model.addAttribute("figures", reads.figures());
        return "mentoring/figures";
    }

    @GetMapping("/mentoring/skills/suggest")
    String suggestSkills(@RequestParam(defaultValue = "") String skills, @AuthenticationPrincipal Viewer viewer, Locale locale, Model model) {
        model.addAttribute("choices", directory.suggestSkills(skills, viewer.id(), locale));
        return "directory/_options";
    }

    private void choices(Model model, Locale locale) {
        var names = new LinkedHashMap<String, String>();
        directory.languageCodes().forEach(code -> names.put(code, directory.languageName(code, locale)));
        model.addAttribute("sectors", Arrays.asList(Sector.values()));
        model.addAttribute("languageNames", names);
        model.addAttribute("maxSkills", Forms.MAX_SKILLS);
    }

    private RequestView own(long id, Viewer viewer) {
        return reads.request(id).filter(request -> request.menteeId() == viewer.id())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private MentorshipView ofPair(long id, Viewer viewer, Locale locale) {
        return reads.mentorship(id, locale).filter(each -> each.mentoredBy(viewer.id()) || each.mentee(viewer.id()))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private static boolean advisor(Viewer viewer) {
        return viewer.hasRole("ADVISOR") || viewer.hasRole("ADMIN");
    }

    private static @Nullable LocalDate day(String text) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
