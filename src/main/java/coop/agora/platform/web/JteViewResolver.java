package coop.agora.platform.web;

import gg.jte.TemplateEngine;
import gg.jte.output.Utf8ByteOutput;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.ViewResolver;

/** Resolves a view name such as {@code accounts/login} to the jte template of that name. */
class JteViewResolver implements ViewResolver, Ordered {

    private static final String HTML = "text/html;charset=UTF-8";

    private final TemplateEngine engine;
    private final int order;

    JteViewResolver(TemplateEngine engine, int order) {
        this.engine = engine;
        this.order = order;
    }

    @Override
    public @Nullable View resolveViewName(String viewName, Locale locale) {
        if (viewName.startsWith("redirect:") || viewName.startsWith("forward:")) {
            return null;
        }
        var template = viewName + ".jte";
        return engine.hasTemplate(template) ? new JteView(template) : null;
    }

    @Override
    public int getOrder() {
        return order;
    }

    private final class JteView implements View {

        private final String template;

        JteView(String template) {
            this.template = template;
        }

        /** Content negotiation drops a view without a content type, so it must be declared. */
        @Override
        public String getContentType() {
            return HTML;
        }

        @Override
        public void render(@Nullable Map<String, ?> model, HttpServletRequest request, HttpServletResponse response)
                throws Exception {
            var output = new Utf8ByteOutput();
            Map<String, Object> parameters = model == null ? Map.of() : Collections.unmodifiableMap(model);
            engine.render(template, parameters, output);
            response.setContentType(HTML);
            response.setContentLength(output.getContentLength());
            output.writeTo(response.getOutputStream());
        }
    }
}
