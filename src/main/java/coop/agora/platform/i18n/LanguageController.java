package coop.agora.platform.i18n;

import coop.agora.platform.Languages;
import coop.agora.platform.LanguageChosen;
import coop.agora.platform.Viewer;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.LocaleResolver;

/** The language switch present on every page: a plain form, so it works without JavaScript. */
@Controller
class LanguageController {

    private final LocaleResolver localeResolver;
    private final ApplicationEventPublisher events;

    LanguageController(LocaleResolver localeResolver, ApplicationEventPublisher events) {
        this.localeResolver = localeResolver;
        this.events = events;
    }

    @PostMapping("/language")
    String choose(
            @RequestParam(defaultValue = "") String lang,
            @RequestParam(defaultValue = "/") String back,
            @AuthenticationPrincipal @Nullable Viewer viewer,
            HttpServletRequest request,
            HttpServletResponse response) {
        Languages.of(lang).ifPresent(language -> {
            localeResolver.setLocale(request, response, language);
            if (viewer != null) {
                events.publishEvent(new LanguageChosen(viewer.id(), language));
            }
        });
        return "redirect:" + LocalPath.orHome(back);
    }
}
