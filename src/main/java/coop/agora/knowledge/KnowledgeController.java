package coop.agora.knowledge;

import coop.agora.platform.AnswerSuggestions;
import coop.agora.platform.Viewer;
import coop.agora.platform.web.FormErrors;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
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
import org.springframework.web.server.ResponseStatusException;

/** Reading the knowledge base: three doors by level, then categories, then the article. */
@Controller
class KnowledgeController {

    /**
     * The site's policy, with the two video players allowed in frames: a video loads only when the
     * reader presses its button, and only on article pages.
     */
    private static final String POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self'",
            "style-src 'self'",
            "img-src 'self' data:",
            "font-src 'self'",
            "connect-src 'self'",
            "frame-src https://www.youtube-nocookie.com https://player.vimeo.com",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    static final int SUGGESTIONS = 5;

    private final Catalog catalog;
    private final ArticleViews views;
    private final KnowledgeImages images;
    private final Feedback feedback;
    private final KnowledgeSearch search;
    private final AnswerSuggestions suggestions;

    KnowledgeController(Catalog catalog, ArticleViews views, KnowledgeImages images, Feedback feedback, KnowledgeSearch search,
            AnswerSuggestions suggestions) {
        this.search = search;
        this.suggestions = suggestions;
        this.catalog = catalog;
        this.views = views;
        this.images = images;
        this.feedback = feedback;
    }

    static boolean isEditor(@Nullable Viewer viewer) {
        return viewer != null && (viewer.hasRole("ADVISOR") || viewer.hasRole("ADMIN"));
    }

    @GetMapping("/knowledge")
    String home(Model model) {
        model.addAttribute("levels", List.of(Level.values()));
        return "knowledge/home";
    }

    @GetMapping("/knowledge/levels/{slug}")
    String level(@PathVariable String slug, @AuthenticationPrincipal @Nullable Viewer viewer, Model model) {
        var level = Level.ofSlug(slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("level", level);
        model.addAttribute("categories", catalog.categoriesOf(level, viewer != null));
        return "knowledge/level";
    }

    @GetMapping("/knowledge/levels/{slug}/{category}")
    String category(@PathVariable String slug, @PathVariable String category, @AuthenticationPrincipal @Nullable Viewer viewer, Locale locale,
            Model model) {
        var level = Level.ofSlug(slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        var chosen = catalog.category(category).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("level", level);
        model.addAttribute("category", chosen);
        model.addAttribute("articles", catalog.articlesIn(level, chosen.id(), viewer != null, locale));
        return "knowledge/category";
    }

    /** An htmx request, sent while the reader types, gets the list of results only. */
    @GetMapping("/knowledge/search")
    String search(@RequestParam(defaultValue = "") String q, @AuthenticationPrincipal @Nullable Viewer viewer,
            @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx, Locale locale, Model model) {
        var words = q.length() > KnowledgeSearch.MAX_QUERY ? q.substring(0, KnowledgeSearch.MAX_QUERY) : q;
        model.addAttribute("q", words);
        model.addAttribute("hits", search.find(words, viewer != null, locale, KnowledgeSearch.PAGE_SIZE));
        return htmx != null ? "knowledge/_results" : "knowledge/search";
    }

    /** Guides and frequent questions that may answer what a member is typing, for the search box of the guides' home. */
    @GetMapping("/knowledge/suggestions")
    String suggestions(@RequestParam(defaultValue = "") String q, Locale locale, Model model) {
        var words = q.length() > KnowledgeSearch.MAX_QUERY ? q.substring(0, KnowledgeSearch.MAX_QUERY) : q;
        model.addAttribute("suggestions", suggestions.suggest(words, locale, SUGGESTIONS));
        return "knowledge/_suggestions";
    }

    @GetMapping("/knowledge/articles/{groupId}")
    String article(@PathVariable long groupId, Locale locale) {
        var language = catalog.bestLanguage(groupId, locale).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return "redirect:/knowledge/articles/" + groupId + "/" + language;
    }

    @GetMapping("/knowledge/articles/{groupId}/{language}")
    String article(@PathVariable long groupId, @PathVariable String language, @AuthenticationPrincipal @Nullable Viewer viewer, Locale locale,
            Model model, HttpServletResponse response) {
        var visibility = catalog.visibility(groupId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (visibility == ArticleVisibility.MEMBERS && viewer == null) {
            // Sends a visitor to the sign-in page, then back here.
            throw new AccessDeniedException("members only");
        }
        var editor = isEditor(viewer);
        var page = catalog.page(groupId, language, locale).filter(found -> found.published() || editor);
        if (page.isEmpty()) {
            var other = catalog.bestLanguage(groupId, locale);
            if (other.isEmpty()) {
                throw new ResponseStatusException(HttpStatus.NOT_FOUND);
            }
            response.setStatus(HttpStatus.NOT_FOUND.value());
            model.addAttribute("missing", Locale.forLanguageTag(language.length() == 2 ? language : "und"));
            model.addAttribute("page", catalog.page(groupId, other.get(), locale).orElseThrow());
            return "knowledge/missing-translation";
        }
        if (page.get().published()) {
            views.count(page.get().articleId());
        }
        response.setHeader("Content-Security-Policy", POLICY);
        model.addAttribute("page", page.get());
        model.addAttribute("editor", editor);
        model.addAttribute("member", viewer != null);
        return "knowledge/article";
    }

    /**
     * "Was this helpful?" from a signed-in reader. An htmx request gets the feedback box back, with
     * status 200 even when refused, since htmx does not show other answers.
     */
    @PostMapping("/knowledge/feedback/{articleId}")
    String feedback(@PathVariable long articleId, @RequestParam(defaultValue = "") String helpful, @RequestParam(defaultValue = "") String comment,
            @AuthenticationPrincipal Viewer viewer, @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
            HttpServletResponse response, Model model) {
        var back = catalog.pathOf(articleId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        var text = comment.strip();
        var errors = FormErrors.builder();
        if (!helpful.equals("yes") && !helpful.equals("no")) {
            errors.rejectForm("knowledge.helpful.choose");
        }
        if (text.length() > Feedback.MAX_COMMENT) {
            errors.reject("comment", "knowledge.error.commentTooLong");
        }
        var thanked = !errors.any() && feedback.record(articleId, helpful.equals("yes"), text, viewer.id());
        if (errors.any() && htmx == null) {
            response.setStatus(422);
        }
        model.addAttribute("articleId", articleId);
        model.addAttribute("back", back);
        model.addAttribute("thanked", thanked);
        model.addAttribute("comment", text.length() > Feedback.MAX_COMMENT ? text.substring(0, Feedback.MAX_COMMENT) : text);
        model.addAttribute("errors", errors.build());
        return htmx != null ? "knowledge/_feedback" : "knowledge/feedback";
    }

    /** Pictures of articles are public: they hold nothing about anyone, and public articles show them to visitors. */
    @GetMapping("/knowledge/images/{fileId}")
    ResponseEntity<byte[]> picture(@PathVariable long fileId) {
        var content = images.read(fileId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(content.file().contentType()))
                .cacheControl(CacheControl.maxAge(Duration.ofDays(7)))
                .header("X-Content-Type-Options", "nosniff")
                .body(content.bytes());
    }
}
