package coop.agora.helpdesk;

import coop.agora.accounts.Pole;
import coop.agora.platform.web.FormErrors;
import coop.agora.platform.web.Notices;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Admins edit the help desk's topics and canned replies (under /admin, so admins only). */
@Controller
class HelpdeskCatalogController {

    private final HelpdeskCatalog catalog;
    private final HelpTopics topics;
    private final CannedReplies replies;

    HelpdeskCatalogController(HelpdeskCatalog catalog, HelpTopics topics, CannedReplies replies) {
        this.catalog = catalog;
        this.topics = topics;
        this.replies = replies;
    }

    @GetMapping("/admin/helpdesk/topics")
    String topics(Model model) {
        model.addAttribute("topics", topics.editable());
        return "helpdesk/admin/topics";
    }

    @GetMapping("/admin/helpdesk/topics/new")
    String newTopic(Model model) {
        return topicPage(null, TopicForm.empty(), FormErrors.none(), model);
    }

    @PostMapping("/admin/helpdesk/topics")
    String addTopic(@ModelAttribute TopicForm form, HttpServletResponse response, RedirectAttributes redirect, Model model) {
        return saved(() -> catalog.addTopic(form), "helpdesk.catalog.notice.topicSaved", "/admin/helpdesk/topics", response, redirect,
                errors -> topicPage(null, form, errors, model));
    }

    @GetMapping("/admin/helpdesk/topics/{id}")
    String topic(@PathVariable long id, Model model) {
        var topic = topics.findEditable(id).orElseThrow(HelpDesk.NotYours::new);
        return topicPage(topic.id(), TopicForm.of(topic), FormErrors.none(), model);
    }

    @PostMapping("/admin/helpdesk/topics/{id}")
    String updateTopic(@PathVariable long id, @ModelAttribute TopicForm form, HttpServletResponse response, RedirectAttributes redirect,
            Model model) {
        topics.findEditable(id).orElseThrow(HelpDesk.NotYours::new);
        return saved(() -> catalog.updateTopic(id, form), "helpdesk.catalog.notice.topicSaved", "/admin/helpdesk/topics", response, redirect,
                errors -> topicPage(id, form, errors, model));
    }

    @PostMapping("/admin/helpdesk/topics/{id}/remove")
    String removeTopic(@PathVariable long id, RedirectAttributes redirect) {
        topics.findEditable(id).orElseThrow(HelpDesk.NotYours::new);
        var removal = catalog.removeTopic(id);
        Notices.show(redirect, removal == HelpdeskCatalog.Removal.DELETED ? "helpdesk.catalog.notice.topicDeleted" : "helpdesk.catalog.notice.topicArchived");
        return "redirect:/admin/helpdesk/topics";
    }

    private String topicPage(@Nullable Long id, TopicForm form, FormErrors errors, Model model) {
        model.addAttribute("topicId", id);
        model.addAttribute("form", form);
        model.addAttribute("poles", List.of(Pole.values()));
        model.addAttribute("errors", errors);
        return "helpdesk/admin/topic";
    }

    @GetMapping("/admin/helpdesk/replies")
    String replies(Model model) {
        model.addAttribute("replies", replies.editable());
        return "helpdesk/admin/replies";
    }

    @GetMapping("/admin/helpdesk/replies/new")
    String newReply(Model model) {
        return replyPage(null, CannedReplyForm.empty(), FormErrors.none(), model);
    }

    @PostMapping("/admin/helpdesk/replies")
    String addReply(@ModelAttribute CannedReplyForm form, HttpServletResponse response, RedirectAttributes redirect, Model model) {
        return saved(() -> catalog.addReply(form), "helpdesk.catalog.notice.replySaved", "/admin/helpdesk/replies", response, redirect,
                errors -> replyPage(null, form, errors, model));
    }

    @GetMapping("/admin/helpdesk/replies/{id}")
    String reply(@PathVariable long id, Model model) {
        var reply = replies.findEditable(id).orElseThrow(HelpDesk.NotYours::new);
        return replyPage(reply.id(), CannedReplyForm.of(reply), FormErrors.none(), model);
    }

    @PostMapping("/admin/helpdesk/replies/{id}")
    String updateReply(@PathVariable long id, @ModelAttribute CannedReplyForm form, HttpServletResponse response, RedirectAttributes redirect,
            Model model) {
        replies.findEditable(id).orElseThrow(HelpDesk.NotYours::new);
        return saved(() -> catalog.updateReply(id, form), "helpdesk.catalog.notice.replySaved", "/admin/helpdesk/replies", response, redirect,
                errors -> replyPage(id, form, errors, model));
    }

    private String replyPage(@Nullable Long id, CannedReplyForm form, FormErrors errors, Model model) {
        model.addAttribute("replyId", id);
        model.addAttribute("form", form);
        model.addAttribute("poles", List.of(Pole.values()));
        model.addAttribute("variables", String.join(", ", CannedReplies.VARIABLES));
        model.addAttribute("errors", errors);
        return "helpdesk/admin/reply";
    }

    /** Saves and goes back to the list with a notice, or shows the form again with what was refused and nothing saved. */
    private static String saved(Runnable save, String notice, String list, HttpServletResponse response, RedirectAttributes redirect,
            Function<FormErrors, String> formAgain) {
        try {
            save.run();
            Notices.show(redirect, notice);
            return "redirect:" + list;
        } catch (Refused refused) {
            response.setStatus(422);
            return formAgain.apply(refused.errors());
        }
    }
}
