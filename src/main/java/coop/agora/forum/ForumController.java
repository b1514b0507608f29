package coop.agora.forum;

import coop.agora.platform.Languages;
import coop.agora.platform.Viewer;
import coop.agora.platform.web.FormErrors;
import coop.agora.platform.web.Notices;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Reading and writing in the forum: the index, category pages, topics, replies, edits and thanks. */
@Controller
class ForumController {

    private final Categories categories;
    private final ForumReads reads;
    private final Posting posting;
    private final Answers answers;
    private final Moderation moderation;
    private final PostImages images;
    private final LinkPreviews previews;

    ForumController(Categories categories, ForumReads reads, Posting posting, Answers answers, Moderation moderation, PostImages images,
            LinkPreviews previews) {
        this.images = images;
        this.previews = previews;
        this.moderation = moderation;
        this.categories = categories;
        this.reads = reads;
        this.posting = posting;
        this.answers = answers;
    }

    @GetMapping("/forum")
    String index(@AuthenticationPrincipal @Nullable Viewer viewer, Model model) {
        model.addAttribute("categories", categories.readableBy(viewer).stream().filter(category -> !category.archived()).toList());
        return "forum/index";
    }

    @GetMapping("/forum/c/{slug}")
    String category(
            @PathVariable String slug,
            @RequestParam(defaultValue = "") String lang,
            @RequestParam(defaultValue = "") String after,
            @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
            @AuthenticationPrincipal @Nullable Viewer viewer,
            Locale locale,
            Model model) {
        var category = readable(slug, viewer);
        var language = Languages.of(lang).map(Locale::getLanguage).orElse(null);
        var cursor = ForumReads.TopicCursor.parse(after).orElse(null);
        var page = reads.categoryPage(category.id(), viewer == null ? null : viewer.id(), language, cursor, locale);
        model.addAttribute("category", category);
        model.addAttribute("children", categories.childrenOf(category.id(), viewer));
        model.addAttribute("page", page);
        model.addAttribute("lang", language == null ? "" : language);
        model.addAttribute("first", cursor == null);
        model.addAttribute("watching", viewer != null && reads.watches(viewer.id(), category.id(), null));
        model.addAttribute("moderator", categories.canModerate(viewer, category.id()));
        if (htmx != null && cursor != null) {
            model.addAttribute("topics", page.topics());
            model.addAttribute("next", page.next());
            model.addAttribute("moreHref", "/forum/c/" + slug + "?lang=" + (language == null ? "" : language) + "&after=" + page.next());
            return "forum/_topics";
        }
        return "forum/category";
    }

    @GetMapping("/forum/c/{slug}/new")
    String newTopic(@PathVariable String slug, @AuthenticationPrincipal Viewer viewer, Model model) {
        var category = readable(slug, viewer);
        return newTopicPage(category, new TopicForm("", "", viewer.language().getLanguage(), ""), FormErrors.none(), model);
    }

    @PostMapping("/forum/c/{slug}")
    String startTopic(
            @PathVariable String slug,
            TopicForm form,
            @RequestParam(required = false) @Nullable MultipartFile image,
            @AuthenticationPrincipal Viewer viewer,
            HttpServletRequest request,
            HttpServletResponse response,
            RedirectAttributes redirect,
            Model model) {
        var category = readable(slug, viewer);
        try {
            tooLargeToRead(request);
            var written = posting.startTopic(viewer, category, form, image);
            Notices.show(redirect, written.held() ? "forum.notice.held" : "forum.notice.topicStarted");
            return "redirect:/forum/t/" + written.topicId();
        } catch (Posting.Refused refused) {
            response.setStatus(refused.tooFast() ? HttpStatus.TOO_MANY_REQUESTS.value() : 422);
            return newTopicPage(category, form, refused.errors(), model);
        }
    }

    private String newTopicPage(Category category, TopicForm form, FormErrors errors, Model model) {
        model.addAttribute("category", category);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("maxBody", Posting.MAX_BODY);
        return "forum/new-topic";
    }

    @GetMapping("/forum/t/{id}")
    String topic(
            @PathVariable long id,
            @RequestParam(required = false) @Nullable Long after,
            @RequestParam(required = false) @Nullable Long before,
            @AuthenticationPrincipal @Nullable Viewer viewer,
            Locale locale,
            Model model) {
        var topic = readableTopic(id, viewer);
        var category = categories.place(topic.categoryId()).orElseThrow();
        var moderator = categories.canModerate(viewer, category.id());
        var page = reads.posts(topic, viewer == null ? null : viewer.id(), moderator, after, before, locale);
        if (viewer != null) {
            reads.markRead(viewer.id(), topic.id());
        }
        model.addAttribute("topic", topic);
        model.addAttribute("category", category);
        model.addAttribute("page", page);
        model.addAttribute("moderator", moderator);
        model.addAttribute("maySolve", viewer != null && Answers.maySolve(viewer, topic, moderator));
        model.addAttribute("advisor", viewer != null && Answers.mayMarkOfficial(viewer));
        model.addAttribute("faq", answers.isFaq(topic.id()));
        model.addAttribute("watching", viewer != null && reads.watches(viewer.id(), null, topic.id()));
        model.addAttribute("form", ReplyForm.of(""));
        model.addAttribute("errors", FormErrors.none());
        model.addAttribute("maxBody", Posting.MAX_BODY);
        model.addAttribute("previews", previews.of(shownPostIds(page)));
        return "forum/topic";
    }

    private static java.util.List<Long> shownPostIds(PostsPage page) {
        var ids = new java.util.ArrayList<Long>();
        page.posts().forEach(post -> ids.add(post.id()));
        if (page.solution() != null) {
            ids.add(page.solution().id());
        }
        return ids;
    }

    /** The topic as data, for apps and for the benchmark of the read path without HTML. */
    @GetMapping(path = "/forum/api/topics/{id}", produces = "application/json")
    @ResponseBody
    TopicJson topicJson(
            @PathVariable long id,
            @RequestParam(required = false) @Nullable Long after,
            @AuthenticationPrincipal @Nullable Viewer viewer,
            Locale locale) {
        var topic = readableTopic(id, viewer);
        var moderator = categories.canModerate(viewer, topic.categoryId());
        var page = reads.posts(topic, viewer == null ? null : viewer.id(), moderator, after, null, locale);
        return new TopicJson(topic, page.solution(), page.posts(), page.next());
    }

    record TopicJson(TopicView topic, @Nullable PostView solution, List<PostView> posts, @Nullable Long next) {}

    @GetMapping("/forum/t/{id}/reply")
    String replyPage(
            @PathVariable long id,
            @RequestParam(required = false) @Nullable Long quote,
            @AuthenticationPrincipal Viewer viewer,
            Locale locale,
            Model model) {
        var topic = readableTopic(id, viewer);
        var body = "";
        if (quote != null) {
            var quoted = reads.post(quote).filter(p -> p.topicId() == id && !p.hidden() && !p.pending()).orElse(null);
            if (quoted != null) {
                var name = reads.authorName(quoted.authorId(), locale);
                var text = Posting.quote(name, quoted.body());
                body = text == null ? "" : text;
            }
        }
        return replyPage(topic, ReplyForm.of(body), FormErrors.none(), model);
    }

    @PostMapping("/forum/t/{id}/reply")
    String reply(
            @PathVariable long id,
            ReplyForm form,
            @RequestParam(required = false) @Nullable MultipartFile image,
            @AuthenticationPrincipal Viewer viewer,
            HttpServletRequest request,
            HttpServletResponse response,
            RedirectAttributes redirect,
            Model model) {
        var topic = readableTopic(id, viewer);
        try {
            tooLargeToRead(request);
            var written = posting.reply(viewer, id, form, image);
            Notices.show(redirect, written.held() ? "forum.notice.held" : "forum.notice.replied");
            return "redirect:/forum/t/" + id + "?after=" + (written.postId() - 1) + "#post-" + written.postId();
        } catch (Posting.Refused refused) {
            response.setStatus(refused.tooFast() ? HttpStatus.TOO_MANY_REQUESTS.value() : 422);
            return replyPage(topic, form, refused.errors(), model);
        }
    }

    private String replyPage(TopicView topic, ReplyForm form, FormErrors errors, Model model) {
        model.addAttribute("topic", topic);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("maxBody", Posting.MAX_BODY);
        return "forum/reply";
    }

    @GetMapping("/forum/p/{id}/edit")
    String editPage(@PathVariable long id, @AuthenticationPrincipal Viewer viewer, Model model) {
        var post = editable(id, viewer);
        return editPage(post, ReplyForm.of(post.body()), null, "", FormErrors.none(), model, viewer);
    }

    @PostMapping("/forum/p/{id}/edit")
    String edit(
            @PathVariable long id,
            ReplyForm form,
            @RequestParam(required = false) @Nullable String title,
            @RequestParam(defaultValue = "") String reason,
            @AuthenticationPrincipal Viewer viewer,
            HttpServletRequest request,
            HttpServletResponse response,
            RedirectAttributes redirect,
            Model model) {
        var post = editable(id, viewer);
        var byAuthor = post.authorId() != null && post.authorId() == viewer.id();
        try {
            tooLargeToRead(request);
            if (byAuthor) {
                posting.edit(viewer, id, form, title);
            } else {
                ModerationController.checkReason(reason);
                moderation.editPost(viewer, id, form, title, reason.strip());
            }
            Notices.show(redirect, "forum.notice.edited");
            return "redirect:/forum/t/" + post.topicId() + "?after=" + (id - 1) + "#post-" + id;
        } catch (Posting.Refused refused) {
            response.setStatus(422);
            return editPage(post, form, title, reason, refused.errors(), model, viewer);
        }
    }

    private String editPage(PostSource post, ReplyForm form, @Nullable String title, String reason, FormErrors errors, Model model, Viewer viewer) {
        var topic = reads.topic(post.topicId()).orElseThrow();
        model.addAttribute("post", post);
        model.addAttribute("topic", topic);
        model.addAttribute("title", post.opening() ? (title == null ? topic.title() : title) : "");
        model.addAttribute("form", form);
        model.addAttribute("reason", reason);
        model.addAttribute("byAuthor", post.authorId() != null && post.authorId() == viewer.id());
        model.addAttribute("errors", errors);
        model.addAttribute("maxBody", Posting.MAX_BODY);
        return "forum/edit";
    }

    /** A post's picture, for those who may read the post; pictures never change, so browsers keep them. */
    @GetMapping("/forum/images/{fileId}")
    ResponseEntity<byte[]> image(@PathVariable long fileId, @AuthenticationPrincipal @Nullable Viewer viewer) {
        var postId = images.postOf(fileId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        var post = reads.post(postId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        var topic = readableTopic(post.topicId(), viewer);
        var moderator = categories.canModerate(viewer, topic.categoryId());
        var author = viewer != null && post.authorId() != null && post.authorId() == viewer.id();
        if ((post.hidden() && !moderator) || (post.pending() && !moderator && !author)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        var content = images.read(fileId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(content.file().contentType()))
                .cacheControl(CacheControl.maxAge(java.time.Duration.ofDays(30)).cachePrivate())
                .body(content.bytes());
    }

    @PostMapping("/forum/p/{id}/thanks")
    String thank(@PathVariable long id, @AuthenticationPrincipal Viewer viewer, RedirectAttributes redirect) {
        var post = visiblePost(id, viewer);
        if (post.authorId() != null && post.authorId() == viewer.id()) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        posting.toggleThanks(viewer.id(), id);
        return "redirect:/forum/t/" + post.topicId() + "?after=" + (id - 1) + "#post-" + id;
    }

    @PostMapping("/forum/p/{id}/solve")
    String solve(@PathVariable long id, @AuthenticationPrincipal Viewer viewer, RedirectAttributes redirect) {
        var post = visiblePost(id, viewer);
        var topic = reads.topic(post.topicId()).orElseThrow();
        if (post.opening() || !Answers.maySolve(viewer, topic, categories.canModerate(viewer, topic.categoryId()))) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        var again = Long.valueOf(id).equals(topic.solutionPostId());
        answers.solve(topic.id(), again ? null : id);
        Notices.show(redirect, again ? "forum.notice.unsolved" : "forum.notice.solved");
        return "redirect:/forum/t/" + topic.id();
    }

    @PostMapping("/forum/p/{id}/official")
    String official(@PathVariable long id, @AuthenticationPrincipal Viewer viewer, RedirectAttributes redirect) {
        var post = visiblePost(id, viewer);
        if (!Answers.mayMarkOfficial(viewer)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        answers.markOfficial(id, !post.official());
        Notices.show(redirect, post.official() ? "forum.notice.unofficial" : "forum.notice.official");
        return "redirect:/forum/t/" + post.topicId() + "?after=" + (id - 1) + "#post-" + id;
    }

    @PostMapping("/forum/c/{slug}/watch")
    String watchCategory(@PathVariable String slug, @AuthenticationPrincipal Viewer viewer, RedirectAttributes redirect) {
        var category = readable(slug, viewer);
        var watching = posting.toggleWatch(viewer.id(), category.id(), null);
        Notices.show(redirect, watching ? "forum.notice.watching" : "forum.notice.notWatching");
        return "redirect:/forum/c/" + slug;
    }

    @PostMapping("/forum/t/{id}/watch")
    String watchTopic(@PathVariable long id, @AuthenticationPrincipal Viewer viewer, RedirectAttributes redirect) {
        readableTopic(id, viewer);
        var watching = posting.toggleWatch(viewer.id(), null, id);
        Notices.show(redirect, watching ? "forum.notice.watching" : "forum.notice.notWatching");
        return "redirect:/forum/t/" + id;
    }

    /**
     * A text over the form size limit arrives without its fields; say it is too long rather than
     * empty.
     */
    static void tooLargeToRead(HttpServletRequest request) {
        if (request.getContentLengthLong() > 1_000_000L && request.getParameter("body") == null && request.getParameter("answer") == null) {
            throw new Posting.Refused(FormErrors.builder().reject("body", "forum.error.bodyLong").build(), false);
        }
    }

    Category readable(String slug, @Nullable Viewer viewer) {
        var category = categories.findBySlug(slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return checkReadable(category, viewer);
    }

    private Category checkReadable(Category category, @Nullable Viewer viewer) {
        if (!categories.canRead(viewer, category)) {
            // Sends a visitor to the sign-in page, then back here.
            throw new AccessDeniedException("members only");
        }
        return category;
    }

    /** A topic the viewer may see: hidden ones only for moderators, waiting ones also for their author. */
    TopicView readableTopic(long id, @Nullable Viewer viewer) {
        var topic = reads.topic(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        checkReadable(categories.place(topic.categoryId()).orElseThrow(), viewer);
        if (topic.hidden() || topic.pending()) {
            var author = viewer != null && topic.authorId() != null && topic.authorId() == viewer.id();
            if (!categories.canModerate(viewer, topic.categoryId()) && !(topic.pending() && !topic.hidden() && author)) {
                throw new ResponseStatusException(HttpStatus.NOT_FOUND);
            }
        }
        return topic;
    }

    private PostSource visiblePost(long id, Viewer viewer) {
        var post = reads.post(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        var topic = readableTopic(post.topicId(), viewer);
        if ((post.hidden() || post.pending()) && !categories.canModerate(viewer, topic.categoryId())) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return post;
    }

    /** Authors edit their own visible posts; moderators edit any post of their categories. */
    private PostSource editable(long id, Viewer viewer) {
        var post = reads.post(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        var topic = readableTopic(post.topicId(), viewer);
        var author = post.authorId() != null && post.authorId() == viewer.id() && !post.hidden();
        if (!author && !categories.canModerate(viewer, topic.categoryId())) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        return post;
    }
}
