package coop.agora.groups;

import coop.agora.accounts.Members;
import coop.agora.platform.Viewer;
import coop.agora.platform.web.FormErrors;
import coop.agora.platform.web.Notices;
import jakarta.servlet.http.HttpServletResponse;
import java.util.HashSet;
import java.util.Locale;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Advisors and admins approve or refuse the groups members propose. */
@Controller
class GroupReviewController {

    private final GroupRecords records;
    private final GroupLife life;
    private final Members members;

    GroupReviewController(GroupRecords records, GroupLife life, Members members) {
        this.records = records;
        this.life = life;
        this.members = members;
    }

    @GetMapping("/groups/review")
    String waiting(@AuthenticationPrincipal Viewer viewer, Locale locale, Model model) {
        return page(viewer, 0, "", FormErrors.none(), locale, model);
    }

    @PostMapping("/groups/{id:[0-9]+}/approve")
    String approve(@PathVariable long id, @AuthenticationPrincipal Viewer viewer, Locale locale, HttpServletResponse response,
            RedirectAttributes redirect, Model model) {
        reviewing(viewer);
        try {
            life.approve(viewer, id);
            Notices.show(redirect, "groups.notice.approved");
            return "redirect:/groups/" + id;
        } catch (GroupLife.Refused refused) {
            response.setStatus(refused.status().value());
            return page(viewer, id, "", refused.errors(), locale, model);
        }
    }

    @PostMapping("/groups/{id:[0-9]+}/refuse")
    String refuse(@PathVariable long id, @RequestParam(defaultValue = "") String reason, @AuthenticationPrincipal Viewer viewer, Locale locale,
            HttpServletResponse response, RedirectAttributes redirect, Model model) {
        reviewing(viewer);
        try {
            life.refuse(viewer, id, reason);
            Notices.show(redirect, "groups.notice.refused");
            return "redirect:/groups/review";
        } catch (GroupLife.Refused refused) {
            response.setStatus(refused.status().value());
            return page(viewer, id, reason, refused.errors(), locale, model);
        }
    }

    private String page(Viewer viewer, long refusing, String reason, FormErrors errors, Locale locale, Model model) {
        reviewing(viewer);
        var waiting = records.waiting(locale);
        var people = new HashSet<Long>();
        waiting.forEach(group -> people.add(group.proposedBy() == null ? -1L : group.proposedBy()));
        model.addAttribute("groups", waiting);
        model.addAttribute("names", members.displayNames(people, locale));
        model.addAttribute("refusing", refusing);
        model.addAttribute("reason", reason);
        model.addAttribute("errors", errors);
        return "groups/review";
    }

    private static void reviewing(Viewer viewer) {
        if (!GroupsController.reviewer(viewer)) {
            throw new AccessDeniedException("Advisors and admins only");
        }
    }
}
