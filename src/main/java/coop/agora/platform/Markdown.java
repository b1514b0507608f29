package coop.agora.platform;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.List;
import java.util.regex.Pattern;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;
import org.springframework.stereotype.Component;

/**
 * Turns what members write in Markdown into HTML that is safe to show to others: whatever the
 * input, the output holds only formatting, lists, quotes, code, tables and http(s) or mailto links.
 */
@Component
public class Markdown {

    private static final int MAX_INPUT = 100_000;
    private static final long CHARACTERS_KEPT = 16_000_000;
    private static final Pattern EXTERNAL = Pattern.compile("(?:https?:|mailto:)\\S*", Pattern.CASE_INSENSITIVE);

    private final Parser parser;
    private final HtmlRenderer renderer;
    private final PolicyFactory policy;
    /**
     * Pages that show what members wrote (requests, profiles, events) render it on every view; the
     * same text always gives the same HTML, so recent results are kept, weighed by their length.
     */
    private final Cache<String, String> rendered = Caffeine.newBuilder()
            .maximumWeight(CHARACTERS_KEPT)
            .weigher((String markdown, String html) -> markdown.length() + html.length())
            .build();

    Markdown() {
        var extensions = List.of(AutolinkExtension.create(), TablesExtension.create());
        this.parser = Parser.builder().extensions(extensions).build();
        this.renderer = HtmlRenderer.builder().extensions(extensions).escapeHtml(true).build();
        this.policy = Sanitizers.FORMATTING
                .and(Sanitizers.BLOCKS)
                .and(Sanitizers.TABLES)
                .and(new HtmlPolicyBuilder()
                        .allowElements("a", "pre", "code", "hr", "br")
                        .allowAttributes("href").matching(EXTERNAL).onElements("a")
                        .allowUrlProtocols("http", "https", "mailto")
                        .requireRelsOnLinks("nofollow", "noopener", "noreferrer")
                        .toFactory());
    }

    /** Safe HTML for the Markdown text, cut at 100,000 characters. */
    public String toSafeHtml(String markdown) {
        var source = markdown.length() > MAX_INPUT ? markdown.substring(0, MAX_INPUT) : markdown;
        return rendered.get(source, text -> policy.sanitize(renderer.render(parser.parse(text))));
    }
}
