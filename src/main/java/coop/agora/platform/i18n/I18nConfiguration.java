package coop.agora.platform.i18n;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.web.servlet.LocaleResolver;

@Configuration(proxyBeanMethods = false)
class I18nConfiguration {

    private static final Pattern BUNDLE = Pattern.compile("(i18n/[a-z0-9_]+_messages)_en\\.properties$");

    /** Every module keeps its texts in {@code i18n/<module>_messages_<language>.properties}. */
    @Bean
    MessageSource messageSource() {
        var source = new ResourceBundleMessageSource();
        source.setBasenames(moduleBundles());
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }

    @Bean
    LocaleResolver localeResolver() {
        return new PreferredLanguageResolver();
    }

    static String[] moduleBundles() {
        var basenames = new TreeSet<String>();
        try {
            for (var resource : new PathMatchingResourcePatternResolver().getResources("classpath*:i18n/*_messages_en.properties")) {
                var matcher = BUNDLE.matcher(resource.getURL().toString());
                if (matcher.find()) {
                    basenames.add(matcher.group(1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not list the text bundles", e);
        }
        return basenames.toArray(String[]::new);
    }
}
