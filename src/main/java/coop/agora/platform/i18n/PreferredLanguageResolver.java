package coop.agora.platform.i18n;

import coop.agora.platform.Languages;
import coop.agora.platform.Viewer;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.LocaleResolver;

/**
 * A page's language is the one this browser picked last, else the signed-in person's, else the
 * best match of the browser's Accept-Language, else French.
 */
class PreferredLanguageResolver implements LocaleResolver {

    static final String COOKIE = "agora-lang";
    private static final String RESOLVED = PreferredLanguageResolver.class.getName() + ".locale";

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        if (request.getAttribute(RESOLVED) instanceof Locale locale) {
            return locale;
        }
        var locale = fromCookie(request)
                .or(PreferredLanguageResolver::fromViewer)
                .or(() -> fromHeader(request))
                .orElse(Languages.DEFAULT);
        request.setAttribute(RESOLVED, locale);
        return locale;
    }

    @Override
    public void setLocale(HttpServletRequest request, @Nullable HttpServletResponse response, @Nullable Locale locale) {
        var chosen = locale == null ? Languages.DEFAULT : locale;
        request.setAttribute(RESOLVED, chosen);
        if (response != null) {
            var cookie = new Cookie(COOKIE, chosen.getLanguage());
            cookie.setPath("/");
            cookie.setHttpOnly(true);
            cookie.setMaxAge((int) Duration.ofDays(365).toSeconds());
            cookie.setAttribute("SameSite", "Lax");
            response.addCookie(cookie);
        }
    }

    private static Optional<Locale> fromCookie(HttpServletRequest request) {
        var cookies = request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        for (var cookie : cookies) {
            if (COOKIE.equals(cookie.getName())) {
                return Languages.of(cookie.getValue());
            }
        }
        return Optional.empty();
    }

    private static Optional<Locale> fromViewer() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof Viewer viewer) {
            return Optional.of(viewer.language());
        }
        return Optional.empty();
    }

    private static Optional<Locale> fromHeader(HttpServletRequest request) {
        var header = request.getHeader("Accept-Language");
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(Locale.lookup(Locale.LanguageRange.parse(header), Languages.SUPPORTED));
        } catch (IllegalArgumentException malformedHeader) {
            return Optional.empty();
        }
    }
}
