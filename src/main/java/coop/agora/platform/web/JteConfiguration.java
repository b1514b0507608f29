package coop.agora.platform.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.resolve.DirectoryCodeResolver;
import java.nio.file.Path;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.ViewResolver;

@Configuration(proxyBeanMethods = false)
class JteConfiguration {

    @Bean
    TemplateEngine templateEngine(TemplateSettings settings) {
        if (settings.development()) {
            var engine = TemplateEngine.create(
                    new DirectoryCodeResolver(settings.sourceDirectory()),
                    Path.of("target", "jte-development"),
                    ContentType.Html,
                    getClass().getClassLoader());
            engine.setTrimControlStructures(true);
            return engine;
        }
        return TemplateEngine.createPrecompiled(ContentType.Html);
    }

    @Bean
    ViewResolver jteViewResolver(TemplateEngine templateEngine) {
        return new JteViewResolver(templateEngine, Ordered.HIGHEST_PRECEDENCE + 10);
    }
}
