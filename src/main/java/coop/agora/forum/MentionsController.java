package coop.agora.forum;

import coop.agora.platform.Viewer;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** Names an author may mention in a topic or a new topic of a category, as they type; a plain page without scripts. */
@Controller
class MentionsController {

    private final ForumController forum;
    private final Categories categories;
    private final Mentions mentions;

    MentionsController(ForumController forum, Categories categories, Mentions mentions) {
        this.forum = forum;
        this.categories = categories;
        this.mentions = mentions;
    }

    @GetMapping("/forum/mentions")
    String suggest(
            @RequestParam(required = false) @Nullable Long topic,
            @RequestParam(defaultValue = "") String category,
            @RequestParam(defaultValue = "") String mention,
            @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
            @AuthenticationPrincipal Viewer viewer,
            Model model) {
        Category place;
        String back;
        if (topic != null) {
            var readable = forum.readableTopic(topic, viewer);
            place = categories.place(readable.categoryId()).orElseThrow();
            back = "/forum/t/" + topic;
        } else if (!category.isEmpty()) {
            place = forum.readable(category, viewer);
            back = "/forum/c/" + place.slug() + "/new";
        } else {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        var typed = mention.length() > 100 ? mention.substring(0, 100) : mention;
        model.addAttribute("people", mentions.suggest(viewer.id(), place, topic, typed));
        model.addAttribute("typed", typed);
        model.addAttribute("back", back);
        return htmx != null ? "forum/_mentions" : "forum/mentions";
    }
}
