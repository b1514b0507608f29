package coop.agora.forum;

import coop.agora.platform.Viewer;
import coop.agora.platform.web.FormErrors;
import coop.agora.platform.web.Notices;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Editing a category: everything for admins, the descriptions for its moderators; archiving or deleting it for admins. */
@Controller
class CategoryEditController {

    private final Categories categories;
    private final CategoryEditing editing;

    CategoryEditController(Categories categories, CategoryEditing editing) {
        this.categories = categories;
        this.editing = editing;
    }

    @GetMapping("/forum/c/{slug}/edit")
    String page(@PathVariable String slug, @AuthenticationPrincipal Viewer viewer, Model model) {
        var category = editable(slug, viewer);
        return page(category, CategoryEditForm.of(category, editing.moderatorAddresses(category.id())), FormErrors.none(), viewer, model);
    }

    @PostMapping("/forum/c/{slug}/edit")
    String edit(@PathVariable String slug, CategoryEditForm form, @AuthenticationPrincipal Viewer viewer, HttpServletResponse response,
            RedirectAttributes redirect, Model model) {
        var category = editable(slug, viewer);
        try {
            editing.edit(viewer, category, form);
        } catch (Posting.Refused refused) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return page(category, form, refused.errors(), viewer, model);
        }
        Notices.show(redirect, "forum.admin.saved");
        return "redirect:/forum/c/" + category.slug();
    }

    @PostMapping("/forum/c/{slug}/close")
    String close(@PathVariable String slug, @AuthenticationPrincipal Viewer viewer, HttpServletResponse response, RedirectAttributes redirect,
            Model model) {
        var category = administered(slug, viewer);
        try {
            var closed = editing.close(category);
            Notices.show(redirect, closed == CategoryEditing.Closed.ARCHIVED ? "forum.admin.archived" : "forum.admin.deleted");
            return closed == CategoryEditing.Closed.ARCHIVED ? "redirect:/forum/c/" + category.slug() : "redirect:/admin/forum";
        } catch (Posting.Refused refused) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return page(category, CategoryEditForm.of(category, editing.moderatorAddresses(category.id())), refused.errors(), viewer, model);
        }
    }

    @PostMapping("/forum/c/{slug}/reopen")
    String reopen(@PathVariable String slug, @AuthenticationPrincipal Viewer viewer, RedirectAttributes redirect) {
        var category = administered(slug, viewer);
        editing.reopen(category);
        Notices.show(redirect, "forum.admin.reopened");
        return "redirect:/forum/c/" + category.slug();
    }

    private String page(Category category, CategoryEditForm form, FormErrors errors, Viewer viewer, Model model) {
        model.addAttribute("category", category);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("everything", CategoryEditing.mayEditEverything(viewer));
        model.addAttribute("parents", categories.readableBy(viewer).stream()
                .filter(other -> other.id() != category.id() && other.groupId() == null)
                .toList());
        return "forum/edit-category";
    }

    /** A category the viewer may edit: unknown or unreadable ones are not found, others' categories forbidden. */
    private Category editable(String slug, Viewer viewer) {
        var category = categories.findBySlug(slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (!categories.canRead(viewer, category)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        if (!categories.canModerate(viewer, category.id())) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        return category;
    }

    private Category administered(String slug, Viewer viewer) {
        var category = editable(slug, viewer);
        if (!CategoryEditing.mayEditEverything(viewer)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        return category;
    }
}
