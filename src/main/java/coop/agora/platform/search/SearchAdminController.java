package coop.agora.platform.search;

import coop.agora.platform.web.Notices;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The admin page that rebuilds the search indexes and shows how far the rebuild is. */
@Controller
class SearchAdminController {

    private final IndexRebuild rebuild;

    SearchAdminController(IndexRebuild rebuild) {
        this.rebuild = rebuild;
    }

    @GetMapping("/admin/search")
    String page(Model model, @RequestHeader(name = "HX-Request", required = false) String htmx) {
        model.addAttribute("progress", rebuild.progress());
        return htmx != null ? "platform/_search-progress" : "platform/search-admin";
    }

    @PostMapping("/admin/search/rebuild")
    String start(RedirectAttributes redirect) {
        Notices.show(redirect, rebuild.start() ? "admin.search.started" : "admin.search.alreadyRunning");
        return "redirect:/admin/search";
    }
}
