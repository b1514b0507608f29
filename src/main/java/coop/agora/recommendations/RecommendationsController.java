package coop.agora.recommendations;

import coop.agora.platform.Viewer;
import coop.agora.platform.web.FormErrors;
import coop.agora.platform.web.Notices;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The public pages of the tracker, and the forms of staff, followers and commenters on a recommendation's page. */
@Controller
class RecommendationsController {

    private final TrackerReads reads;
    private final Tracker tracker;

    RecommendationsController(TrackerReads reads, Tracker tracker) {
        this.reads = reads;
        this.tracker = tracker;
    }

    @GetMapping("/recommendations")
    String list(@RequestParam(defaultValue = "") String cycle, @RequestParam(defaultValue = "") String theme,
            @RequestParam(defaultValue = "") String status, @RequestParam(defaultValue = "") String service, Locale locale, Model model) {
        var filter = new TrackerReads.Filter(number(cycle), number(theme), status.isBlank() ? null : Tracker.status(status), number(service));
        model.addAttribute("listing", reads.list(filter, locale));
        model.addAttribute("filter", filter);
        return "recommendations/list";
    }

    @GetMapping("/recommendations/dashboard")
    String dashboard(Locale locale, Model model) {
        model.addAttribute("lines", reads.dashboard(locale, Instant.now()));
        model.addAttribute("statuses", List.of(Status.values()));
        return "recommendations/dashboard";
    }

    @GetMapping("/recommendations/{id:[0-9]+}")
    String recommendation(@PathVariable long id, @AuthenticationPrincipal @Nullable Viewer viewer, Locale locale, Model model) {
        return page(id, viewer, locale, FormErrors.none(), model);
    }

    @PostMapping("/recommendations/{id:[0-9]+}/update")
    String update(@PathVariable long id, UpdateForm form, @AuthenticationPrincipal Viewer viewer, Locale locale, HttpServletResponse response,
            RedirectAttributes redirect, Model model) {
        model.addAttribute("updateForm", form);
        return change(id, viewer, locale, response, redirect, model, "recommendations.notice.updated", "#history",
                () -> tracker.update(id, form, viewer));
    }

    @PostMapping("/recommendations/{id:[0-9]+}/milestones")
    String addMilestone(@PathVariable long id, MilestoneForm form, @AuthenticationPrincipal Viewer viewer, Locale locale,
            HttpServletResponse response, RedirectAttributes redirect, Model model) {
        model.addAttribute("milestoneForm", form);
        return change(id, viewer, locale, response, redirect, model, "recommendations.notice.milestoneAdded", "#milestones",
                () -> tracker.addMilestone(id, form, viewer));
    }

    @PostMapping("/recommendations/{id:[0-9]+}/milestones/{milestone:[0-9]+}/done")
    String completeMilestone(@PathVariable long id, @PathVariable long milestone, @AuthenticationPrincipal Viewer viewer, Locale locale,
            HttpServletResponse response, RedirectAttributes redirect, Model model) {
        return change(id, viewer, locale, response, redirect, model, "recommendations.notice.milestoneDone", "#milestones",
                () -> tracker.completeMilestone(id, milestone, viewer));
    }

    @PostMapping("/recommendations/{id:[0-9]+}/links")
    String addLink(@PathVariable long id, LinkForm form, @AuthenticationPrincipal Viewer viewer, Locale locale, HttpServletResponse response,
            RedirectAttributes redirect, Model model) {
        model.addAttribute("linkForm", form);
        return change(id, viewer, locale, response, redirect, model, "recommendations.notice.linkAdded", "#related",
                () -> tracker.addLink(id, form, viewer));
    }

    @PostMapping("/recommendations/{id:[0-9]+}/references")
    String addReference(@PathVariable long id, ReferenceForm form, @AuthenticationPrincipal Viewer viewer, Locale locale,
            HttpServletResponse response, RedirectAttributes redirect, Model model) {
        model.addAttribute("referenceForm", form);
        return change(id, viewer, locale, response, redirect, model, "recommendations.notice.referenceAdded", "#related",
                () -> tracker.addReference(id, form, viewer));
    }

    @PostMapping("/recommendations/{id:[0-9]+}/follow")
    String follow(@PathVariable long id, @AuthenticationPrincipal Viewer viewer, RedirectAttributes redirect) {
        tracker.follow(id, viewer.id());
        Notices.show(redirect, "recommendations.notice.following");
        return "redirect:/recommendations/" + id;
    }

    @PostMapping("/recommendations/{id:[0-9]+}/unfollow")
    String unfollow(@PathVariable long id, @AuthenticationPrincipal Viewer viewer, RedirectAttributes redirect) {
        tracker.unfollow(id, viewer.id());
        Notices.show(redirect, "recommendations.notice.unfollowed");
        return "redirect:/recommendations/" + id;
    }

    @PostMapping("/recommendations/{id:[0-9]+}/comments")
    String comment(@PathVariable long id, CommentForm form, @AuthenticationPrincipal Viewer viewer, Locale locale, HttpServletResponse response,
            RedirectAttributes redirect, Model model) {
        try {
            var comment = tracker.comment(id, form, viewer);
            Notices.show(redirect, "recommendations.notice.commented");
            return "redirect:/recommendations/" + id + "#comment-" + comment;
        } catch (Tracker.Refused refused) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("commentForm", form);
            return page(id, viewer, locale, refused.errors(), model);
        }
    }

    @PostMapping("/recommendations/{id:[0-9]+}/comments/{comment:[0-9]+}/hide")
    String hideComment(@PathVariable long id, @PathVariable long comment, @AuthenticationPrincipal Viewer viewer, RedirectAttributes redirect) {
        tracker.hideComment(id, comment, viewer);
        Notices.show(redirect, "recommendations.notice.commentHidden");
        return "redirect:/recommendations/" + id + "#comments";
    }

    @GetMapping("/recommendations/{id:[0-9]+}/text")
    String text(@PathVariable long id, @RequestParam(defaultValue = "") String language, @AuthenticationPrincipal Viewer viewer, Model model) {
        staffOnly(viewer);
        var code = coop.agora.platform.Languages.of(language).orElse(viewer.language()).getLanguage();
        var texts = reads.texts(id, code).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return textPage(id, texts, FormErrors.none(), model);
    }

    @PostMapping("/recommendations/{id:[0-9]+}/text")
    String saveText(@PathVariable long id, TextForm form, @AuthenticationPrincipal Viewer viewer, HttpServletResponse response,
            RedirectAttributes redirect, Model model) {
        staffOnly(viewer);
        try {
            tracker.editText(id, form, viewer);
            Notices.show(redirect, "recommendations.notice.textSaved");
            return "redirect:/recommendations/" + id;
        } catch (Tracker.Refused refused) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return textPage(id, form, refused.errors(), model);
        }
    }

    private String textPage(long id, TextForm form, FormErrors errors, Model model) {
        model.addAttribute("id", id);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "recommendations/text";
    }

    private static void staffOnly(Viewer viewer) {
        if (!Tracker.mayChange(viewer)) {
            throw new org.springframework.security.access.AccessDeniedException("Only advisors and admins change recommendations");
        }
    }

    private String change(long id, Viewer viewer, Locale locale, HttpServletResponse response, RedirectAttributes redirect, Model model,
            String notice, String anchor, Runnable action) {
        try {
            action.run();
            Notices.show(redirect, notice);
            return "redirect:/recommendations/" + id + anchor;
        } catch (Tracker.Refused refused) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return page(id, viewer, locale, refused.errors(), model);
        }
    }

    private String page(long id, @Nullable Viewer viewer, Locale locale, FormErrors errors, Model model) {
        var page = reads.page(id, locale, viewer == null ? null : viewer.id(), Tracker.mayModerate(viewer))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        var recommendation = page.recommendation();
        model.addAttribute("page", page);
        model.addAttribute("errors", errors);
        model.addAttribute("staff", Tracker.mayChange(viewer));
        model.addAttribute("moderator", Tracker.mayModerate(viewer));
        model.addAttribute("services", reads.services().values().stream().toList());
        model.addAttribute("statuses", List.of(Status.values()));
        model.addAttribute("linkKinds", List.of(LinkKind.values()));
        defaults(model, "updateForm", new UpdateForm(recommendation.status().name(), String.valueOf(recommendation.progress()),
                recommendation.serviceId() == null ? "" : String.valueOf(recommendation.serviceId()),
                recommendation.declineReason() == null ? "" : recommendation.declineReason(), ""));
        defaults(model, "milestoneForm", new MilestoneForm("", ""));
        defaults(model, "linkForm", new LinkForm("", "", ""));
        defaults(model, "referenceForm", new ReferenceForm(""));
        defaults(model, "commentForm", new CommentForm(""));
        return "recommendations/recommendation";
    }

    private static void defaults(Model model, String name, Object form) {
        if (!model.containsAttribute(name)) {
            model.addAttribute(name, form);
        }
    }

    private static @Nullable Long number(String value) {
        try {
            return value.isBlank() ? null : Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
