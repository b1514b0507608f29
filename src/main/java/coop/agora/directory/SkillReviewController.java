package coop.agora.directory;

import coop.agora.platform.web.FormErrors;
import coop.agora.platform.web.Notices;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Moderators name, merge or refuse the skills members proposed. */
@Controller
class SkillReviewController {

    private final SkillReview review;

    SkillReviewController(SkillReview review) {
        this.review = review;
    }

    @GetMapping("/directory/skills/review")
    String page(Model model) {
        return page(null, null, FormErrors.none(), model);
    }

    @PostMapping("/directory/skills/review/{id}/approve")
    String approve(@PathVariable long id, @ModelAttribute SkillNamingForm form, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        var errors = FormErrors.builder();
        var naming = review.check(form, "-" + id, errors);
        if (errors.any()) {
            response.setStatus(422);
            return page(id, form, errors.build(), model);
        }
        if (!review.approve(id, naming)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        Notices.show(redirect, "directory.review.approved");
        return "redirect:/directory/skills/review";
    }

    @PostMapping("/directory/skills/review/{id}/merge")
    String merge(@PathVariable long id, @RequestParam(defaultValue = "") String into, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        var kept = review.approvedNamed(into);
        if (kept.isEmpty()) {
            response.setStatus(422);
            return page(id, null, FormErrors.builder().reject("into-" + id, "directory.review.error.mergeTargetUnknown").build(), model);
        }
        if (!review.merge(id, kept.get())) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        Notices.show(redirect, "directory.review.merged");
        return "redirect:/directory/skills/review";
    }

    @PostMapping("/directory/skills/review/{id}/refuse")
    String refuse(@PathVariable long id, RedirectAttributes redirect) {
        if (!review.refuse(id)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        Notices.show(redirect, "directory.review.refused");
        return "redirect:/directory/skills/review";
    }

    /** The list, with the form of one skill kept as typed when it was refused. */
    private String page(@Nullable Long editedId, @Nullable SkillNamingForm edited, FormErrors errors, Model model) {
        model.addAttribute("waiting", review.waiting());
        model.addAttribute("editedId", editedId);
        model.addAttribute("edited", edited);
        model.addAttribute("errors", errors);
        return "directory/skill-review";
    }
}
