package coop.agora.knowledge;

import coop.agora.platform.Images;
import coop.agora.platform.Languages;
import coop.agora.platform.Viewer;
import coop.agora.platform.web.FormErrors;
import coop.agora.platform.web.Notices;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Writing articles, for editors: advisors and admins. Every save keeps a version; publishing
 * shows the latest version to readers.
 */
@Controller
class EditorController {

    static final ZoneId OFFICE_TIME = ZoneId.of("Europe/Brussels");
    private static final Set<String> LANGUAGES = Set.of("fr", "nl", "en");
    private static final int MAX_TITLE = 200;
    private static final int MAX_SUMMARY = 500;
    private static final int MAX_TAGS = 20;
    private static final int MAX_TAG = 40;
    private static final int MAX_STEPS = 30;

    private final Editing editing;
    private final Catalog catalog;
    private final ArticleBody bodies;
    private final KnowledgeImages images;
    private final EditorsDesk desk;

    EditorController(Editing editing, Catalog catalog, ArticleBody bodies, KnowledgeImages images, EditorsDesk desk) {
        this.editing = editing;
        this.catalog = catalog;
        this.bodies = bodies;
        this.images = images;
        this.desk = desk;
    }

    private static void checkEditor(Viewer viewer) {
        if (!KnowledgeController.isEditor(viewer)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
    }

    private static LocalDate today() {
        return LocalDate.now(OFFICE_TIME);
    }

    @GetMapping("/knowledge/manage")
    String desk(@AuthenticationPrincipal Viewer viewer, Model model) {
        checkEditor(viewer);
        model.addAttribute("desk", desk.overview(today()));
        return "knowledge/manage";
    }

    @GetMapping("/knowledge/new")
    String newArticle(@AuthenticationPrincipal Viewer viewer, Locale locale, Model model) {
        checkEditor(viewer);
        return form(ArticleForm.empty(locale.getLanguage()), FormErrors.none(), "/knowledge/new", List.of("fr", "nl", "en"), null, model);
    }

    @PostMapping("/knowledge/new")
    String create(ArticleForm form, @AuthenticationPrincipal Viewer viewer, HttpServletResponse response, RedirectAttributes redirect,
            Model model) {
        checkEditor(viewer);
        var errors = FormErrors.builder();
        if (!LANGUAGES.contains(form.language())) {
            errors.reject("language", "knowledge.error.language");
        }
        var checked = check(form, errors);
        if (errors.any() || checked == null) {
            response.setStatus(422);
            return form(form, errors.build(), "/knowledge/new", List.of("fr", "nl", "en"), null, model);
        }
        var id = editing.create(checked.description(), form.language(), checked.text(), viewer.id());
        Notices.show(redirect, "knowledge.saved");
        return "redirect:/knowledge/edit/" + id;
    }

    @GetMapping("/knowledge/articles/{groupId}/translate")
    String newTranslation(@PathVariable long groupId, @RequestParam(defaultValue = "") String language, @AuthenticationPrincipal Viewer viewer,
            Model model) {
        checkEditor(viewer);
        var existing = editing.languagesOf(groupId);
        if (existing.isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        var source = articleOf(groupId, existing.get(0));
        var missing = missing(existing);
        var base = ArticleForm.of(editing.draft(source).orElseThrow());
        var form = new ArticleForm(base.level(), base.category(), base.kind(), base.visibility(), base.reviewBefore(),
                missing.contains(language) ? language : missing.isEmpty() ? "" : missing.get(0), "", "", "", "", List.of(), List.of());
        return form(form, FormErrors.none(), "/knowledge/articles/" + groupId + "/translate", missing, null, model);
    }

    @PostMapping("/knowledge/articles/{groupId}/translate")
    String translate(@PathVariable long groupId, ArticleForm form, @AuthenticationPrincipal Viewer viewer, HttpServletResponse response,
            RedirectAttributes redirect, Model model) {
        checkEditor(viewer);
        var existing = editing.languagesOf(groupId);
        if (existing.isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        var errors = FormErrors.builder();
        if (!LANGUAGES.contains(form.language())) {
            errors.reject("language", "knowledge.error.language");
        } else if (existing.contains(form.language())) {
            errors.reject("language", "knowledge.error.translationExists");
        }
        var checked = check(form, errors);
        var action = "/knowledge/articles/" + groupId + "/translate";
        if (errors.any() || checked == null) {
            response.setStatus(422);
            return form(form, errors.build(), action, missing(existing), null, model);
        }
        try {
            var id = editing.translate(groupId, checked.description(), form.language(), checked.text(), viewer.id());
            Notices.show(redirect, "knowledge.saved");
            return "redirect:/knowledge/edit/" + id;
        } catch (DataIntegrityViolationException sameLanguageMeanwhile) {
            response.setStatus(422);
            return form(form, FormErrors.builder().reject("language", "knowledge.error.translationExists").build(), action, missing(existing), null,
                    model);
        }
    }

    private static List<String> missing(List<String> existing) {
        return List.of("fr", "nl", "en").stream().filter(language -> !existing.contains(language)).toList();
    }

    private long articleOf(long groupId, String language) {
        return catalog.page(groupId, language, Languages.DEFAULT).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)).articleId();
    }

    @GetMapping("/knowledge/edit/{articleId}")
    String edit(@PathVariable long articleId, @AuthenticationPrincipal Viewer viewer, Model model) {
        checkEditor(viewer);
        var draft = editing.draft(articleId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return form(ArticleForm.of(draft), FormErrors.none(), "/knowledge/edit/" + articleId, List.of(draft.language()), draft, model);
    }

    @PostMapping("/knowledge/edit/{articleId}")
    String save(@PathVariable long articleId, ArticleForm form, @AuthenticationPrincipal Viewer viewer, HttpServletResponse response,
            RedirectAttributes redirect, Model model) {
        checkEditor(viewer);
        var draft = editing.draft(articleId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        var errors = FormErrors.builder();
        var checked = check(form, errors);
        if (errors.any() || checked == null) {
            response.setStatus(422);
            return form(form, errors.build(), "/knowledge/edit/" + articleId, List.of(draft.language()), draft, model);
        }
        editing.save(articleId, checked.description(), checked.text(), viewer.id());
        Notices.show(redirect, "knowledge.saved");
        return "redirect:/knowledge/edit/" + articleId;
    }

    @PostMapping("/knowledge/edit/{articleId}/publish")
    String publish(@PathVariable long articleId, @AuthenticationPrincipal Viewer viewer, RedirectAttributes redirect) {
        checkEditor(viewer);
        var draft = editing.draft(articleId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        editing.publish(articleId, today());
        Notices.show(redirect, "knowledge.published");
        return "redirect:/knowledge/articles/" + draft.groupId() + "/" + draft.language();
    }

    @PostMapping("/knowledge/edit/{articleId}/unpublish")
    String unpublish(@PathVariable long articleId, @AuthenticationPrincipal Viewer viewer, RedirectAttributes redirect) {
        checkEditor(viewer);
        editing.draft(articleId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        editing.unpublish(articleId);
        Notices.show(redirect, "knowledge.unpublished");
        return "redirect:/knowledge/edit/" + articleId;
    }

    @PostMapping("/knowledge/edit/{articleId}/reviewed")
    String reviewed(@PathVariable long articleId, @AuthenticationPrincipal Viewer viewer, RedirectAttributes redirect) {
        checkEditor(viewer);
        editing.draft(articleId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        editing.reviewed(articleId, today());
        Notices.show(redirect, "knowledge.reviewed");
        return "redirect:/knowledge/edit/" + articleId;
    }

    @GetMapping("/knowledge/edit/{articleId}/history")
    String history(@PathVariable long articleId, @AuthenticationPrincipal Viewer viewer, Locale locale, Model model) {
        checkEditor(viewer);
        var draft = editing.draft(articleId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("draft", draft);
        model.addAttribute("versions", desk.history(articleId, locale));
        return "knowledge/history";
    }

    @GetMapping("/knowledge/edit/{articleId}/versions/{number}")
    String version(@PathVariable long articleId, @PathVariable int number, @AuthenticationPrincipal Viewer viewer, Model model) {
        checkEditor(viewer);
        var draft = editing.draft(articleId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (number < 1 || number > draft.latestVersion()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        model.addAttribute("draft", draft);
        model.addAttribute("number", number);
        model.addAttribute("changes", editing.changes(articleId, number));
        return "knowledge/version";
    }

    @PostMapping("/knowledge/edit/{articleId}/versions/{number}/restore")
    String restore(@PathVariable long articleId, @PathVariable int number, @AuthenticationPrincipal Viewer viewer, RedirectAttributes redirect) {
        checkEditor(viewer);
        editing.draft(articleId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (!editing.restore(articleId, number, viewer.id())) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        Notices.show(redirect, "knowledge.restored");
        return "redirect:/knowledge/edit/" + articleId;
    }

    /** The readability of the text being written, sent by htmx while the editor types. */
    @PostMapping("/knowledge/readability")
    String readability(@RequestParam(defaultValue = "") String body, @RequestParam(defaultValue = "") String language,
            @AuthenticationPrincipal Viewer viewer, Model model) {
        checkEditor(viewer);
        var text = body.length() > ArticleBody.MAX_LENGTH ? body.substring(0, ArticleBody.MAX_LENGTH) : body;
        model.addAttribute("score", Readability.of(text, Languages.of(language).orElse(Languages.DEFAULT)));
        return "knowledge/_readability";
    }

    @PostMapping("/knowledge/pictures")
    String upload(@RequestParam(required = false) @Nullable MultipartFile picture, @AuthenticationPrincipal Viewer viewer,
            HttpServletResponse response, Model model) {
        checkEditor(viewer);
        var errors = FormErrors.builder();
        Long id = null;
        if (picture == null || picture.isEmpty()) {
            errors.reject("picture", "image.error.empty");
        } else {
            try {
                id = images.upload(picture.getBytes(), String.valueOf(picture.getOriginalFilename()), viewer.id());
            } catch (Images.Refused refused) {
                errors.reject("picture", refused.reasonKey());
            } catch (IOException e) {
                errors.reject("picture", "image.error.unreadable");
            }
        }
        if (id == null) {
            response.setStatus(422);
        }
        model.addAttribute("errors", errors.build());
        model.addAttribute("picture", id);
        return "knowledge/picture";
    }

    /** What a checked form holds, ready to save. */
    private record Checked(Description description, ArticleText text) {}

    private @Nullable Checked check(ArticleForm form, FormErrors.Builder errors) {
        Level level = parse(Level.class, form.level());
        if (level == null) {
            errors.reject("level", "knowledge.error.level");
        }
        ArticleKind kind = parse(ArticleKind.class, form.kind());
        if (kind == null) {
            errors.reject("kind", "form.error.invalid");
        }
        ArticleVisibility visibility = parse(ArticleVisibility.class, form.visibility());
        if (visibility == null) {
            errors.reject("visibility", "form.error.invalid");
        }
        KnowledgeCategory category = null;
        try {
            category = catalog.category(Long.parseLong(form.category())).orElse(null);
        } catch (NumberFormatException e) {
            category = null;
        }
        if (category == null) {
            errors.reject("category", "knowledge.error.category");
        }
        LocalDate reviewBefore = null;
        if (!form.reviewBefore().isEmpty()) {
            try {
                reviewBefore = LocalDate.parse(form.reviewBefore());
            } catch (DateTimeParseException e) {
                errors.reject("reviewBefore", "knowledge.error.date");
            }
        }
        if (form.title().isEmpty()) {
            errors.reject("title", "knowledge.error.required");
        } else if (form.title().length() > MAX_TITLE) {
            errors.reject("title", "knowledge.error.tooLong");
        }
        if (form.summary().length() > MAX_SUMMARY) {
            errors.reject("summary", "knowledge.error.tooLong");
        }
        if (form.body().isBlank() && kind != ArticleKind.TUTORIAL) {
            errors.reject("body", "knowledge.error.required");
        }
        bodies.problems(form.body(), images::exists).stream().findFirst().ifPresent(problem -> errors.reject("body", problem));
        var tags = form.tagList();
        if (tags.size() > MAX_TAGS || tags.stream().anyMatch(tag -> tag.length() > MAX_TAG)) {
            errors.reject("tags", "knowledge.error.tags");
        }
        var steps = kind == ArticleKind.TUTORIAL ? form.steps() : List.<ArticleText.Step>of();
        if (kind == ArticleKind.TUTORIAL) {
            if (steps.isEmpty()) {
                errors.reject("steps", "knowledge.error.noSteps");
            } else if (steps.size() > MAX_STEPS) {
                errors.reject("steps", "knowledge.error.tooManySteps");
            } else if (steps.stream().anyMatch(step -> step.title().isEmpty() || step.title().length() > MAX_TITLE)) {
                errors.reject("steps", "knowledge.error.stepTitle");
            } else {
                steps.stream().flatMap(step -> bodies.problems(step.body(), images::exists).stream()).findFirst()
                        .ifPresent(problem -> errors.reject("steps", problem));
            }
        }
        if (errors.any() || level == null || kind == null || visibility == null || category == null) {
            return null;
        }
        return new Checked(new Description(level, category.id(), kind, visibility, reviewBefore),
                new ArticleText(form.title(), form.summary(), form.body(), steps, tags));
    }

    private static <E extends Enum<E>> @Nullable E parse(Class<E> type, String name) {
        try {
            return Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private String form(ArticleForm form, FormErrors errors, String action, List<String> languages, @Nullable Draft draft, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("action", action);
        model.addAttribute("languages", languages);
        model.addAttribute("categories", catalog.categories());
        model.addAttribute("draft", draft);
        model.addAttribute("score", Readability.of(form.body(), Languages.of(form.language()).orElse(Languages.DEFAULT)));
        return "knowledge/edit";
    }
}
