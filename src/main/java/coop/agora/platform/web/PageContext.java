package coop.agora.platform.web;

import coop.agora.platform.HeaderLink;
import coop.agora.platform.Languages;
import coop.agora.platform.NavigationLink;
import coop.agora.platform.Texts;
import coop.agora.platform.Viewer;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.security.web.csrf.CsrfToken;

/**
 * What every page template needs besides its own data: texts in the page's language, who is
 * signed in, the form token, where the page is, the navigation and a one-time notice.
 */
public final class PageContext {

    private static final ZoneId DISPLAY_ZONE = ZoneId.of("Europe/Brussels");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT);

    private final Texts texts;
    private final Locale locale;
    private final @Nullable Viewer viewer;
    private final @Nullable CsrfToken csrf;
    private final String path;
    private final List<NavigationLink> navigation;
    private final @Nullable String noticeKey;
    private final List<HeaderLink> headerLinks;
    private @Nullable List<HeaderLink.Shown> shownHeaderLinks;

    PageContext(
            Texts texts,
            Locale locale,
            @Nullable Viewer viewer,
            @Nullable CsrfToken csrf,
            String path,
            List<NavigationLink> navigation,
            @Nullable String noticeKey,
            List<HeaderLink> headerLinks) {
        this.texts = texts;
        this.locale = locale;
        this.viewer = viewer;
        this.csrf = csrf;
        this.path = path;
        this.navigation = navigation;
        this.noticeKey = noticeKey;
        this.headerLinks = headerLinks;
    }

    /** The text of a key in the page's language, with {@code {0}}… replaced by the arguments. */
    public String t(String key, Object... arguments) {
        return texts.get(key, locale, arguments);
    }

    public Locale locale() {
        return locale;
    }

    public String lang() {
        return locale.getLanguage();
    }

    public List<Locale> languages() {
        return Languages.SUPPORTED;
    }

    /** A language's own name, so that a reader finds it whatever the page's language. */
    public String languageName(Locale language) {
        var name = language.getDisplayLanguage(language);
        return name.substring(0, 1).toUpperCase(language) + name.substring(1);
    }

    /** A moment as people in the offices read it: Brussels time, in the page's language. */
    public String dateTime(Instant instant) {
        return DATE_TIME.withLocale(locale).format(instant.atZone(DISPLAY_ZONE));
    }

    public boolean signedIn() {
        return viewer != null;
    }

    public @Nullable Viewer viewer() {
        return viewer;
    }

    public boolean hasRole(String role) {
        return viewer != null && viewer.hasRole(role);
    }

    public String csrfParameter() {
        return csrf == null ? "_csrf" : csrf.getParameterName();
    }

    public String csrfToken() {
        return csrf == null ? "" : csrf.getToken();
    }

    /** The current path with its query, to come back to after a form such as the language switch. */
    public String path() {
        return path;
    }

    public List<NavigationLink> navigation() {
        return navigation.stream().filter(link -> link.visibleTo(viewer)).toList();
    }

    public boolean isCurrent(NavigationLink link) {
        var bare = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
        return link.href().equals("/") ? bare.equals("/") : bare.startsWith(link.href());
    }

    /** The header links of the signed-in person with their counts, counted once per page; none for a visitor. */
    public List<HeaderLink.Shown> headerLinks() {
        var signedIn = viewer;
        if (shownHeaderLinks == null) {
            shownHeaderLinks = signedIn == null
                    ? List.of()
                    : headerLinks.stream().map(link -> new HeaderLink.Shown(link, link.count(signedIn))).toList();
        }
        return shownHeaderLinks;
    }

    public @Nullable String notice() {
        return noticeKey == null ? null : t(noticeKey);
    }
}
