package coop.agora.knowledge;

import coop.agora.platform.Viewer;
import coop.agora.platform.web.FormErrors;
import coop.agora.platform.web.Notices;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
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

/** The glossary: readers look words up, editors add and remove them. */
@Controller
class GlossaryController {

    private static final Set<String> LANGUAGES = Set.of("fr", "nl", "en");

    private final Glossary glossary;

    GlossaryController(Glossary glossary) {
        this.glossary = glossary;
    }

    @GetMapping("/knowledge/glossary")
    String page(@AuthenticationPrincipal @Nullable Viewer viewer, Locale locale, Model model) {
        return page(viewer, locale, locale.getLanguage(), "", "", FormErrors.none(), model);
    }

    @PostMapping("/knowledge/glossary")
    String add(@RequestParam(defaultValue = "") String language, @RequestParam(defaultValue = "") String term,
            @RequestParam(defaultValue = "") String definition, @AuthenticationPrincipal Viewer viewer, Locale locale,
            HttpServletResponse response, RedirectAttributes redirect, Model model) {
        checkEditor(viewer);
        var word = term.strip();
        var meaning = definition.strip();
        var errors = FormErrors.builder();
        if (!LANGUAGES.contains(language)) {
            errors.reject("language", "knowledge.error.language");
        }
        if (word.isEmpty()) {
            errors.reject("term", "knowledge.error.required");
        } else if (word.length() > Glossary.MAX_TERM) {
            errors.reject("term", "knowledge.error.tooLong");
        }
        if (meaning.isEmpty()) {
            errors.reject("definition", "knowledge.error.required");
        } else if (meaning.length() > Glossary.MAX_DEFINITION) {
            errors.reject("definition", "knowledge.error.tooLong");
        }
        if (!errors.any() && !glossary.add(language, word, meaning, viewer.id())) {
            errors.reject("term", "knowledge.glossary.error.exists");
        }
        if (errors.any()) {
            response.setStatus(422);
            return page(viewer, locale, language, word, meaning, errors.build(), model);
        }
        Notices.show(redirect, "knowledge.glossary.added");
        return "redirect:/knowledge/glossary";
    }

    @PostMapping("/knowledge/glossary/{id}/remove")
    String remove(@PathVariable long id, @AuthenticationPrincipal Viewer viewer, RedirectAttributes redirect) {
        checkEditor(viewer);
        glossary.remove(id);
        Notices.show(redirect, "knowledge.glossary.removed");
        return "redirect:/knowledge/glossary";
    }

    private static void checkEditor(Viewer viewer) {
        if (!KnowledgeController.isEditor(viewer)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
    }

    private String page(@Nullable Viewer viewer, Locale locale, String language, String term, String definition, FormErrors errors, Model model) {
        model.addAttribute("terms", glossary.terms(locale.getLanguage()));
        model.addAttribute("editor", KnowledgeController.isEditor(viewer));
        model.addAttribute("language", language);
        model.addAttribute("term", term);
        model.addAttribute("definition", definition);
        model.addAttribute("errors", errors);
        return "knowledge/glossary";
    }
}
