package coop.agora.forum;

import coop.agora.platform.Viewer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The FAQ page: entries by theme, or those matching a search. */
@Controller
class FaqController {

    private final Faq faq;
    private final Categories categories;

    FaqController(Faq faq, Categories categories) {
        this.faq = faq;
        this.categories = categories;
    }

    @GetMapping("/forum/faq")
    String faq(@RequestParam(defaultValue = "") String q, @AuthenticationPrincipal @Nullable Viewer viewer, Model model) {
        var readable = categories.readableBy(viewer);
        var byId = new LinkedHashMap<Long, Category>();
        readable.forEach(category -> byId.put(category.id(), category));
        var entries = (q.isBlank() ? faq.all() : faq.search(q)).stream().filter(entry -> byId.containsKey(entry.categoryId())).toList();
        var themes = new LinkedHashMap<Category, List<FaqEntry>>();
        if (q.isBlank()) {
            for (var category : readable) {
                var inTheme = entries.stream().filter(entry -> entry.categoryId() == category.id()).toList();
                if (!inTheme.isEmpty()) {
                    themes.put(category, inTheme);
                }
            }
        }
        model.addAttribute("q", q.length() > Faq.MAX_QUERY ? q.substring(0, Faq.MAX_QUERY) : q);
        model.addAttribute("themes", (Map<Category, List<FaqEntry>>) themes);
        model.addAttribute("found", q.isBlank() ? List.of() : entries);
        model.addAttribute("categories", byId);
        var moderated = new java.util.HashSet<Long>();
        if (viewer != null) {
            var named = viewer.hasRole("MODERATOR") || viewer.hasRole("ADMIN") ? null : new java.util.HashSet<>(categories.moderatedBy(viewer.id()));
            readable.stream().filter(category -> named == null || named.contains(category.id())).forEach(category -> moderated.add(category.id()));
        }
        model.addAttribute("moderated", (java.util.Set<Long>) moderated);
        model.addAttribute("unpublished", viewer == null ? List.of()
                : faq.unpublished().stream().filter(entry -> moderated.contains(entry.categoryId())).toList());
        return "forum/faq";
    }
}
