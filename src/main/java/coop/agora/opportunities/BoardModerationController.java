package coop.agora.opportunities;

import coop.agora.platform.web.Notices;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The reported opportunities, for moderators and admins (the access rules let no one else in). */
@Controller
class BoardModerationController {

    private final BoardModeration moderation;
    private final Opportunities opportunities;

    BoardModerationController(BoardModeration moderation, Opportunities opportunities) {
        this.moderation = moderation;
        this.opportunities = opportunities;
    }

    @GetMapping("/opportunities/moderation")
    String flagged(Model model) {
        model.addAttribute("flagged", moderation.flagged());
        return "opportunities/moderation";
    }

    @PostMapping("/opportunities/moderation/{id:[0-9]+}/hide")
    String hide(@PathVariable long id, RedirectAttributes redirect) {
        moderation.hide(existing(id));
        Notices.show(redirect, "opportunities.notice.hidden");
        return "redirect:/opportunities/moderation";
    }

    @PostMapping("/opportunities/moderation/{id:[0-9]+}/show")
    String show(@PathVariable long id, RedirectAttributes redirect) {
        moderation.show(existing(id));
        Notices.show(redirect, "opportunities.notice.shown");
        return "redirect:/opportunities/moderation";
    }

    @PostMapping("/opportunities/moderation/{id:[0-9]+}/dismiss")
    String dismiss(@PathVariable long id, RedirectAttributes redirect) {
        moderation.dismiss(existing(id));
        Notices.show(redirect, "opportunities.notice.dismissed");
        return "redirect:/opportunities/moderation";
    }

    private long existing(long id) {
        return opportunities.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)).id();
    }
}
