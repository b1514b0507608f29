package coop.agora.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

/** Translated pages for "not allowed", "not found" and "something broke", in the site's layout. */
@Component
class ErrorPages implements ErrorViewResolver {

    @Override
    public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
        var kind = switch (status) {
            case FORBIDDEN -> "forbidden";
            case NOT_FOUND, METHOD_NOT_ALLOWED -> "notFound";
            case PAYLOAD_TOO_LARGE -> "tooLarge";
            case TOO_MANY_REQUESTS -> "tooMany";
            default -> status.is4xxClientError() ? "badRequest" : "serverError";
        };
        var page = new ModelAndView("platform/error", status);
        page.addObject("kind", kind);
        page.addObject("status", status.value());
        return page;
    }
}
