package coop.agora.forum;

import coop.agora.accounts.Members;
import coop.agora.platform.Viewer;
import coop.agora.platform.web.FormErrors;
import coop.agora.platform.web.Notices;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
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

/** Flags from members, and what a category's moderators do about posts and topics. */
@Controller
class ModerationController {

    private static final Set<String> ACTIONS = Set.of("hide", "show", "dismiss", "approve", "lock", "unlock", "pin", "unpin", "move", "split");

    private final Categories categories;
    private final ForumReads reads;
    private final Moderation moderation;
    private final Answers answers;
    private final ForumController forum;
    private final Members members;

    ModerationController(Categories categories, ForumReads reads, Moderation moderation, Answers answers, ForumController forum,
            Members members) {
        this.categories = categories;
        this.reads = reads;
        this.moderation = moderation;
        this.answers = answers;
        this.forum = forum;
        this.members = members;
    }

    static void checkReason(String reason) {
        if (reason.isBlank()) {
            throw new Posting.Refused(FormErrors.builder().reject("reason", "forum.error.reasonMissing").build(), false);
        }
        if (reason.length() > Moderation.MAX_REASON) {
            throw new Posting.Refused(FormErrors.builder().reject("reason", "forum.error.reasonLong").build(), false);
        }
    }

    @GetMapping("/forum/p/{id}/flag")
    String flagPage(@PathVariable long id, @AuthenticationPrincipal Viewer viewer, Model model) {
        return flagPage(visible(id, viewer), "", "", FormErrors.none(), model);
    }

    @PostMapping("/forum/p/{id}/flag")
    String flag(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String reason,
            @RequestParam(defaultValue = "") String note,
            @AuthenticationPrincipal Viewer viewer,
            HttpServletResponse response,
            RedirectAttributes redirect,
            Model model) {
        var post = visible(id, viewer);
        var errors = FormErrors.builder();
        if (!Moderation.REASONS.contains(reason)) {
            errors.reject("reason", "forum.error.flagReason");
        }
        if (note.length() > Moderation.MAX_REASON) {
            errors.reject("note", "forum.error.reasonLong");
        }
        if (errors.any()) {
            response.setStatus(422);
            return flagPage(post, reason, note.length() > Moderation.MAX_REASON ? "" : note, errors.build(), model);
        }
        moderation.flag(viewer, id, reason, note.strip());
        Notices.show(redirect, "forum.notice.flagged");
        return "redirect:/forum/t/" + post.topicId();
    }

    private String flagPage(PostSource post, String reason, String note, FormErrors errors, Model model) {
        model.addAttribute("post", post);
        model.addAttribute("topic", reads.topic(post.topicId()).orElseThrow());
        model.addAttribute("reasons", List.of("SPAM", "RUDE", "OFF_TOPIC", "PERSONAL_DATA", "OTHER"));
        model.addAttribute("reason", reason);
        model.addAttribute("note", note);
        model.addAttribute("errors", errors);
        return "forum/flag";
    }

    @GetMapping("/forum/moderation")
    String queue(@AuthenticationPrincipal Viewer viewer, Locale locale, Model model) {
        var everywhere = viewer.hasRole("MODERATOR") || viewer.hasRole("ADMIN");
        if (!everywhere && categories.moderatedBy(viewer.id()).isEmpty()) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        model.addAttribute("flags", moderation.openFlags(viewer));
        model.addAttribute("waiting", moderation.waiting(viewer));
        model.addAttribute("categories", categories.readableBy(viewer));
        return "forum/moderation";
    }

    @GetMapping("/forum/p/{id}/moderate")
    String moderatePage(@PathVariable long id, @AuthenticationPrincipal Viewer viewer, Model model) {
        var post = moderated(id, viewer);
        return moderatePage(post, "", FormErrors.none(), model, viewer);
    }

    @PostMapping("/forum/p/{id}/moderate")
    String moderate(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String action,
            @RequestParam(defaultValue = "") String reason,
            @RequestParam(defaultValue = "") String category,
            @RequestParam(defaultValue = "") String title,
            @AuthenticationPrincipal Viewer viewer,
            HttpServletResponse response,
            RedirectAttributes redirect,
            Model model) {
        var post = moderated(id, viewer);
        if (action.equals("split")) {
            return split(post, title, reason, viewer, response, redirect, model);
        }
        if (!ACTIONS.contains(action)) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
        var why = reason.strip();
        try {
            if (!action.equals("approve") && !action.equals("pin") && !action.equals("unpin")) {
                checkReason(why);
            }
            switch (action) {
                case "hide", "show" -> moderation.hidePost(viewer, id, action.equals("hide"), why);
                case "dismiss" -> moderation.dismiss(viewer, id, why);
                case "approve" -> moderation.approve(viewer, id);
                case "lock", "unlock" -> moderation.lock(viewer, post.topicId(), action.equals("lock"), why);
                case "pin", "unpin" -> moderation.pin(viewer, post.topicId(), action.equals("pin"), why);
                default -> moderation.move(viewer, post.topicId(), target(category, viewer), why);
            }
        } catch (Posting.Refused refused) {
            response.setStatus(422);
            return moderatePage(post, reason.length() > Moderation.MAX_REASON ? "" : reason, refused.errors(), model, viewer);
        }
        Notices.show(redirect, "forum.notice.moderated");
        return "redirect:/forum/p/" + id + "/moderate";
    }

    private String split(PostSource post, String title, String reason, Viewer viewer, HttpServletResponse response,
            RedirectAttributes redirect, Model model) {
        var errors = FormErrors.builder();
        var newTitle = title.strip();
        if (post.opening()) {
            errors.reject("title", "forum.error.splitOpening");
        } else if (newTitle.length() < Posting.MIN_TITLE) {
            errors.reject("title", "forum.error.titleShort");
        } else if (newTitle.length() > Posting.MAX_TITLE) {
            errors.reject("title", "forum.error.titleLong");
        }
        if (reason.isBlank()) {
            errors.reject("reason", "forum.error.reasonMissing");
        } else if (reason.length() > Moderation.MAX_REASON) {
            errors.reject("reason", "forum.error.reasonLong");
        }
        if (errors.any()) {
            response.setStatus(422);
            model.addAttribute("title", newTitle.length() > Posting.MAX_TITLE ? "" : newTitle);
            return moderatePage(post, reason.length() > Moderation.MAX_REASON ? "" : reason, errors.build(), model, viewer);
        }
        var topic = moderation.split(viewer, post.id(), newTitle, reason.strip());
        Notices.show(redirect, "forum.notice.split");
        return "redirect:/forum/t/" + topic;
    }

    /** A topic moves only to a category the same moderator looks after. */
    private Category target(String id, Viewer viewer) {
        try {
            var category = categories.find(Long.parseLong(id)).orElse(null);
            if (category != null && categories.canModerate(viewer, category.id())) {
                return category;
            }
        } catch (NumberFormatException e) {
            // Falls through to the form error below.
        }
        throw new Posting.Refused(FormErrors.builder().reject("category", "forum.error.moveTarget").build(), false);
    }

    private String moderatePage(PostSource post, String reason, FormErrors errors, Model model, Viewer viewer) {
        if (!model.containsAttribute("title")) {
            model.addAttribute("title", "");
        }
        var topic = reads.topic(post.topicId()).orElseThrow();
        model.addAttribute("post", post);
        model.addAttribute("topic", topic);
        model.addAttribute("reason", reason);
        model.addAttribute("errors", errors);
        model.addAttribute("revisions", moderation.revisions(post.id()));
        model.addAttribute("targets", categories.readableBy(viewer).stream()
                .filter(c -> c.id() != topic.categoryId() && categories.canModerate(viewer, c.id()))
                .toList());
        model.addAttribute("log", moderation.logOf(topic.categoryId()).stream().filter(line -> Long.valueOf(topic.id()).equals(line.topicId())).toList());
        var people = new HashSet<Long>();
        moderation.logOf(topic.categoryId()).forEach(line -> {
            if (line.moderatorId() != null) {
                people.add(line.moderatorId());
            }
        });
        model.addAttribute("names", members.displayNames(people, viewer.language()));
        return "forum/moderate";
    }

    @GetMapping("/forum/t/{id}/promote")
    String promotePage(@PathVariable long id, @AuthenticationPrincipal Viewer viewer, Model model) {
        var topic = promotable(id, viewer);
        return promotePage(topic, answers.draft(topic), FormErrors.none(), model);
    }

    @PostMapping("/forum/t/{id}/promote")
    String promote(
            @PathVariable long id,
            FaqForm form,
            @AuthenticationPrincipal Viewer viewer,
            HttpServletRequest request,
            HttpServletResponse response,
            RedirectAttributes redirect,
            Model model) {
        var topic = promotable(id, viewer);
        try {
            ForumController.tooLargeToRead(request);
            answers.promote(viewer, topic, form);
        } catch (Posting.Refused refused) {
            response.setStatus(422);
            return promotePage(topic, form, refused.errors(), model);
        }
        Notices.show(redirect, "forum.notice.promoted");
        return "redirect:/forum/faq";
    }

    private String promotePage(TopicView topic, FaqForm form, FormErrors errors, Model model) {
        model.addAttribute("topic", topic);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("maxBody", Posting.MAX_BODY);
        return "forum/promote";
    }

    private TopicView promotable(long id, Viewer viewer) {
        var topic = forum.readableTopic(id, viewer);
        if (!categories.canModerate(viewer, topic.categoryId())) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        if (!topic.solved()) {
            throw new ResponseStatusException(HttpStatus.CONFLICT);
        }
        return topic;
    }

    private PostSource visible(long id, Viewer viewer) {
        var post = reads.post(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        forum.readableTopic(post.topicId(), viewer);
        if (post.hidden() || post.pending()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return post;
    }

    private PostSource moderated(long id, Viewer viewer) {
        var post = reads.post(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        var topic = reads.topic(post.topicId()).orElseThrow();
        if (!categories.canModerate(viewer, topic.categoryId())) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        return post;
    }
}
