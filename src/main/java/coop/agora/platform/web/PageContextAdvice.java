package coop.agora.platform.web;

import coop.agora.platform.HeaderLink;
import coop.agora.platform.NavigationLink;
import coop.agora.platform.Texts;
import coop.agora.platform.Viewer;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Comparator;
import java.util.List;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.support.RequestContextUtils;

/** Puts the {@link PageContext} into the model of every page as {@code ctx}. */
@ControllerAdvice
class PageContextAdvice {

    /** Flash attribute holding the text key of a one-time notice, such as "Your changes are saved". */
    static final String NOTICE = "notice";

    private final Texts texts;
    private final List<NavigationLink> navigation;
    private final List<HeaderLink> headerLinks;

    PageContextAdvice(Texts texts, List<NavigationLink> navigation, List<HeaderLink> headerLinks) {
        this.texts = texts;
        this.headerLinks = headerLinks;
        this.navigation = navigation.stream().sorted(Comparator.comparingInt(NavigationLink::order)).toList();
    }

    @ModelAttribute("ctx")
    PageContext pageContext(HttpServletRequest request) {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        var viewer = authentication != null && authentication.getPrincipal() instanceof Viewer signedIn ? signedIn : null;
        var csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        var flash = RequestContextUtils.getInputFlashMap(request);
        var notice = flash != null && flash.get(NOTICE) instanceof String key ? key : null;
        return new PageContext(
                texts,
                RequestContextUtils.getLocale(request),
                viewer,
                csrf,
                currentPath(request),
                navigation,
                notice,
                headerLinks);
    }

    private static String currentPath(HttpServletRequest request) {
        var forwarded = (String) request.getAttribute("jakarta.servlet.forward.request_uri");
        var path = forwarded != null ? forwarded : request.getRequestURI();
        var query = forwarded != null ? null : request.getQueryString();
        return query == null ? path : path + "?" + query;
    }
}
