package coop.agora.forum;

import coop.agora.platform.Viewer;
import coop.agora.platform.web.FormErrors;
import coop.agora.platform.web.Notices;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
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

/** Moderators reword a FAQ entry, move it to another of their categories, or take it out of the FAQ. */
@Controller
class FaqEditController {

    private final Faq faq;
    private final Answers answers;
    private final Categories categories;

    FaqEditController(Faq faq, Answers answers, Categories categories) {
        this.faq = faq;
        this.answers = answers;
        this.categories = categories;
    }

    @GetMapping("/forum/faq/{id}/edit")
    String page(@PathVariable long id, @AuthenticationPrincipal Viewer viewer, Model model) {
        var entry = editable(id, viewer);
        return page(entry, answers.entryForm(id).orElseThrow(), FormErrors.none(), viewer, model);
    }

    @PostMapping("/forum/faq/{id}/edit")
    String edit(@PathVariable long id, FaqForm form, @AuthenticationPrincipal Viewer viewer, HttpServletRequest request,
            HttpServletResponse response, RedirectAttributes redirect, Model model) {
        var entry = editable(id, viewer);
        try {
            ForumController.tooLargeToRead(request);
            answers.editEntry(viewer, id, form, category -> categories.canModerate(viewer, category)
                    && categories.find(category).filter(found -> !found.archived()).isPresent());
        } catch (Posting.Refused refused) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return page(entry, form, refused.errors(), viewer, model);
        }
        Notices.show(redirect, "forum.faq.saved");
        return "redirect:/forum/faq";
    }

    @PostMapping("/forum/faq/{id}/publish")
    String publish(@PathVariable long id, @RequestParam(defaultValue = "false") boolean published, @AuthenticationPrincipal Viewer viewer,
            RedirectAttributes redirect) {
        editable(id, viewer);
        answers.publishEntry(viewer, id, published);
        Notices.show(redirect, published ? "forum.faq.published" : "forum.faq.unpublished");
        return "redirect:/forum/faq";
    }

    private String page(FaqEntry entry, FaqForm form, FormErrors errors, Viewer viewer, Model model) {
        model.addAttribute("entry", entry);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("maxBody", Posting.MAX_BODY);
        model.addAttribute("categories", categories.readableBy(viewer).stream()
                .filter(category -> !category.archived() && categories.canModerate(viewer, category.id()))
                .toList());
        return "forum/edit-faq";
    }

    /** An entry of a category the viewer moderates; unknown or unreadable ones are not found, others forbidden. */
    private FaqEntry editable(long id, Viewer viewer) {
        var entry = faq.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        var category = categories.place(entry.categoryId()).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (!categories.canRead(viewer, category)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        if (!categories.canModerate(viewer, category.id())) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        return entry;
    }
}
