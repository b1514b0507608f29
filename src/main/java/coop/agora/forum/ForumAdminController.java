package coop.agora.forum;

import coop.agora.accounts.Members;
import coop.agora.platform.Viewer;
import coop.agora.platform.web.FormErrors;
import coop.agora.platform.web.Notices;
import jakarta.servlet.http.HttpServletResponse;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The admins' page for the forum's categories and who moderates each of them. */
@Controller
class ForumAdminController {

    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
    private static final Set<String> KINDS = Set.of("NETWORK", "THEME", "OFFICE");
    private static final int MAX_NAME = 100;
    private static final int MAX_DESCRIPTION = 500;

    private final Categories categories;
    private final Members members;
    private final LinkPreviews previews;

    ForumAdminController(Categories categories, Members members, LinkPreviews previews) {
        this.categories = categories;
        this.members = members;
        this.previews = previews;
    }

    @PostMapping("/admin/forum/link-previews")
    String linkPreviews(@RequestParam(defaultValue = "false") boolean enabled, RedirectAttributes redirect) {
        previews.enable(enabled);
        Notices.show(redirect, enabled ? "forum.admin.linkPreviewsOn" : "forum.admin.linkPreviewsOff");
        return "redirect:/admin/forum";
    }

    @GetMapping("/admin/forum")
    String page(@AuthenticationPrincipal Viewer viewer, Model model) {
        return page(viewer, CategoryForm.empty(), "", "", FormErrors.none(), model);
    }

    @PostMapping("/admin/forum/categories")
    String create(CategoryForm form, @AuthenticationPrincipal Viewer viewer, HttpServletResponse response, RedirectAttributes redirect,
            Model model) {
        var errors = FormErrors.builder();
        Long parent = null;
        if (!form.parent().isEmpty()) {
            try {
                parent = Long.parseLong(form.parent());
                if (categories.find(parent).isEmpty()) {
                    errors.reject("parent", "forum.admin.error.parent");
                }
            } catch (NumberFormatException e) {
                errors.reject("parent", "forum.admin.error.parent");
            }
        }
        if (!SLUG.matcher(form.slug()).matches() || form.slug().length() > 60) {
            errors.reject("slug", "forum.admin.error.slug");
        } else if (categories.findBySlug(form.slug()).isPresent()) {
            errors.reject("slug", "forum.admin.error.slugTaken");
        }
        if (!KINDS.contains(form.kind())) {
            errors.reject("kind", "form.error.invalid");
        }
        Category.Visibility visibility = null;
        try {
            visibility = Category.Visibility.valueOf(form.visibility());
        } catch (IllegalArgumentException e) {
            errors.reject("visibility", "form.error.invalid");
        }
        if (visibility == Category.Visibility.GROUP) {
            // A group's category is opened when the group is approved, never by hand.
            visibility = null;
            errors.reject("visibility", "form.error.invalid");
        }
        checkText("nameFr", form.nameFr(), MAX_NAME, errors);
        checkText("nameNl", form.nameNl(), MAX_NAME, errors);
        checkText("nameEn", form.nameEn(), MAX_NAME, errors);
        checkText("descriptionFr", form.descriptionFr(), MAX_DESCRIPTION, errors);
        checkText("descriptionNl", form.descriptionNl(), MAX_DESCRIPTION, errors);
        checkText("descriptionEn", form.descriptionEn(), MAX_DESCRIPTION, errors);
        if (errors.any() || visibility == null) {
            response.setStatus(422);
            return page(viewer, form, "", "", errors.build(), model);
        }
        categories.create(parent, form.slug(), form.kind(), null, new String[] {form.nameFr(), form.nameNl(), form.nameEn()},
                new String[] {form.descriptionFr(), form.descriptionNl(), form.descriptionEn()}, visibility, 50);
        Notices.show(redirect, "forum.admin.created");
        return "redirect:/admin/forum";
    }

    private static void checkText(String field, String text, int max, FormErrors.Builder errors) {
        if (text.isEmpty()) {
            errors.reject(field, "forum.admin.error.required");
        } else if (text.length() > max) {
            errors.reject(field, "forum.admin.error.tooLong");
        }
    }

    @PostMapping("/admin/forum/moderators")
    String addModerator(
            @RequestParam(defaultValue = "") String category,
            @RequestParam(defaultValue = "") String email,
            @AuthenticationPrincipal Viewer viewer,
            HttpServletResponse response,
            RedirectAttributes redirect,
            Model model) {
        var errors = FormErrors.builder();
        var chosen = category(category);
        if (chosen == null) {
            errors.reject("category", "forum.admin.error.category");
        }
        var member = email.length() > 254 ? java.util.Optional.<Long>empty() : members.idOf(email);
        if (member.isEmpty()) {
            errors.reject("email", "forum.admin.error.member");
        }
        if (errors.any() || chosen == null) {
            response.setStatus(422);
            return page(viewer, CategoryForm.empty(), category, email.length() > 254 ? "" : email, errors.build(), model);
        }
        categories.addModerator(chosen.id(), member.orElseThrow());
        Notices.show(redirect, "forum.admin.moderatorAdded");
        return "redirect:/admin/forum";
    }

    @PostMapping("/admin/forum/moderators/remove")
    String removeModerator(@RequestParam(defaultValue = "") String category, @RequestParam(defaultValue = "0") long member,
            RedirectAttributes redirect) {
        var chosen = category(category);
        if (chosen != null) {
            categories.removeModerator(chosen.id(), member);
        }
        Notices.show(redirect, "forum.admin.moderatorRemoved");
        return "redirect:/admin/forum";
    }

    private @Nullable Category category(String id) {
        try {
            return categories.find(Long.parseLong(id)).orElse(null);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private String page(Viewer viewer, CategoryForm form, String category, String email, FormErrors errors, Model model) {
        var all = categories.readableBy(viewer);
        var moderators = new LinkedHashMap<Long, List<Long>>();
        var people = new HashSet<Long>();
        for (var each : all) {
            var ids = categories.moderators(each.id());
            moderators.put(each.id(), ids);
            people.addAll(ids);
        }
        model.addAttribute("categories", all);
        model.addAttribute("moderators", (Map<Long, List<Long>>) moderators);
        model.addAttribute("names", members.displayNames(people, viewer.language()));
        model.addAttribute("form", form);
        model.addAttribute("category", category);
        model.addAttribute("email", email);
        model.addAttribute("errors", errors);
        model.addAttribute("linkPreviews", previews.enabled());
        return "forum/admin";
    }
}
