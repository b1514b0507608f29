package coop.agora.knowledge;

import coop.agora.platform.Markdown;
import coop.agora.platform.Texts;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.LongPredicate;
import java.util.regex.Pattern;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * An article's Markdown with two kinds of lines of its own: a picture uploaded to the knowledge
 * base, {@code ![what it shows](/knowledge/images/12)}, and a video, {@code !video[title](link)},
 * shown as a button that loads the video site only when the reader asks for it.
 */
@Component
class ArticleBody {

    static final int MAX_LENGTH = 50_000;
    private static final Pattern PICTURE = Pattern.compile("^\\s*!\\[(.*)]\\((\\S*)\\)\\s*$");
    private static final Pattern OWN_PICTURE = Pattern.compile("/knowledge/images/(\\d{1,18})");
    private static final Pattern VIDEO = Pattern.compile("^\\s*!video\\[(.*)]\\((\\S*)\\)\\s*$");
    private static final Pattern YOUTUBE = Pattern.compile("https://(?:www\\.|m\\.)?(?:youtube\\.com/watch\\?v=|youtu\\.be/)([A-Za-z0-9_-]{11})(?:[&?#]\\S*)?");
    private static final Pattern VIMEO = Pattern.compile("https://(?:www\\.)?vimeo\\.com/(\\d{6,12})(?:[?#]\\S*)?");
    private static final Pattern MARKS = Pattern.compile("[*_`#>|\\[\\]()~]|!video|https?://\\S+");

    private final Markdown markdown;
    private final Texts texts;
    /** Tables as on the page, where the platform's Markdown draws them too. */
    private final Parser parser = Parser.builder().extensions(List.of(TablesExtension.create())).build();
    /** Writes XHTML for the booklet: commonmark closes empty elements and escapes raw HTML and unsafe links. */
    private final HtmlRenderer xhtml = HtmlRenderer.builder().extensions(List.of(TablesExtension.create())).escapeHtml(true).sanitizeUrls(true)
            .build();

    ArticleBody(Markdown markdown, Texts texts) {
        this.markdown = markdown;
        this.texts = texts;
    }

    /** A video a reader may choose to load. */
    record Video(String site, String watchUrl, String embedUrl) {

        static Optional<Video> of(String link) {
            var youtube = YOUTUBE.matcher(link);
            if (youtube.matches()) {
                var id = youtube.group(1);
                return Optional.of(new Video("YouTube", "https://www.youtube.com/watch?v=" + id, "https://www.youtube-nocookie.com/embed/" + id));
            }
            var vimeo = VIMEO.matcher(link);
            if (vimeo.matches()) {
                var id = vimeo.group(1);
                return Optional.of(new Video("Vimeo", "https://vimeo.com/" + id, "https://player.vimeo.com/video/" + id + "?dnt=1"));
            }
            return Optional.empty();
        }
    }

    /** The problems of a text as text keys, none when it may be saved; {@code pictureExists} tells uploaded pictures. */
    List<String> problems(String text, LongPredicate pictureExists) {
        var problems = new ArrayList<String>();
        if (text.length() > MAX_LENGTH) {
            problems.add("knowledge.error.bodyTooLong");
            return problems;
        }
        for (var line : text.split("\n", -1)) {
            var video = VIDEO.matcher(line);
            if (video.matches()) {
                if (video.group(1).isBlank()) {
                    add(problems, "knowledge.error.videoTitle");
                }
                if (Video.of(video.group(2)).isEmpty()) {
                    add(problems, "knowledge.error.video");
                }
                continue;
            }
            if (line.strip().startsWith("!video")) {
                add(problems, "knowledge.error.video");
                continue;
            }
            var picture = PICTURE.matcher(line);
            if (picture.matches()) {
                var own = OWN_PICTURE.matcher(picture.group(2));
                if (!own.matches()) {
                    add(problems, "knowledge.error.pictureSource");
                } else if (!pictureExists.test(Long.parseLong(own.group(1)))) {
                    add(problems, "knowledge.error.pictureMissing");
                }
                if (picture.group(1).isBlank()) {
                    add(problems, "knowledge.error.pictureAlt");
                }
            }
        }
        var html = new boolean[1];
        parser.parse(text).accept(new AbstractVisitor() {
            @Override
            public void visit(HtmlBlock block) {
                html[0] = true;
            }

            @Override
            public void visit(HtmlInline inline) {
                html[0] = true;
            }
        });
        if (html[0]) {
            add(problems, "knowledge.error.html");
        }
        return problems;
    }

    private static void add(List<String> problems, String key) {
        if (!problems.contains(key)) {
            problems.add(key);
        }
    }

    /** Safe HTML for a text that passed {@link #problems}; anything else in it is shown as plain text by the Markdown renderer. */
    String toHtml(String text, Locale language) {
        var html = new StringBuilder();
        var pending = new StringBuilder();
        for (var line : text.split("\n", -1)) {
            var video = VIDEO.matcher(line);
            var picture = PICTURE.matcher(line);
            if (video.matches() && Video.of(video.group(2)).isPresent()) {
                flush(pending, html);
                html.append(video(video.group(1), Video.of(video.group(2)).orElseThrow(), language));
            } else if (picture.matches() && OWN_PICTURE.matcher(picture.group(2)).matches()) {
                flush(pending, html);
                html.append("<figure class=\"article-picture\"><img src=\"").append(HtmlUtils.htmlEscape(picture.group(2)))
                        .append("\" alt=\"").append(HtmlUtils.htmlEscape(picture.group(1))).append("\" loading=\"lazy\"></figure>\n");
            } else {
                pending.append(line).append('\n');
            }
        }
        flush(pending, html);
        return html.toString();
    }

    private void flush(StringBuilder pending, StringBuilder html) {
        if (!pending.toString().isBlank()) {
            html.append(markdown.toSafeHtml(pending.toString()));
        }
        pending.setLength(0);
    }

    private String video(String title, Video video, Locale language) {
        var name = HtmlUtils.htmlEscape(title);
        return """
                <figure class="video">
                <figcaption>%s</figcaption>
                <p class="hint">%s</p>
                <p class="actions"><button type="button" class="button" hidden data-video-embed="%s" data-video-title="%s">%s</button>
                <a href="%s" rel="noopener noreferrer">%s</a></p>
                </figure>
                """.formatted(name, HtmlUtils.htmlEscape(texts.get("knowledge.video.privacy", language, video.site())),
                HtmlUtils.htmlEscape(video.embedUrl()), name, HtmlUtils.htmlEscape(texts.get("knowledge.video.play", language)),
                HtmlUtils.htmlEscape(video.watchUrl()), HtmlUtils.htmlEscape(texts.get("knowledge.video.watchOn", language, video.site())));
    }

    /**
     * Well-formed XHTML for a printed page: pictures are put in the page itself as data, and videos
     * become their title and address, since paper cannot play them.
     */
    String toXhtml(String text, Function<Long, Optional<String>> pictureData) {
        var html = new StringBuilder();
        var pending = new StringBuilder();
        for (var line : text.split("\n", -1)) {
            var video = VIDEO.matcher(line);
            var picture = PICTURE.matcher(line);
            var own = picture.matches() ? OWN_PICTURE.matcher(picture.group(2)) : null;
            if (video.matches() && Video.of(video.group(2)).isPresent()) {
                flushXhtml(pending, html);
                html.append("<p class=\"video\">").append(xml(video.group(1))).append(" : ").append(xml(Video.of(video.group(2)).orElseThrow().watchUrl()))
                        .append("</p>\n");
            } else if (own != null && own.matches()) {
                flushXhtml(pending, html);
                var data = pictureData.apply(Long.parseLong(own.group(1)));
                if (data.isPresent()) {
                    html.append("<p class=\"picture\"><img src=\"").append(data.get()).append("\" alt=\"").append(xml(picture.group(1))).append("\"/></p>\n");
                }
            } else {
                pending.append(line).append('\n');
            }
        }
        flushXhtml(pending, html);
        return html.toString();
    }

    private void flushXhtml(StringBuilder pending, StringBuilder html) {
        if (!pending.toString().isBlank()) {
            html.append(xhtml.render(parser.parse(pending.toString())));
        }
        pending.setLength(0);
    }

    /** Text escaped for XML: only the five reserved characters, never HTML's named entities. */
    static String xml(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }

    /** The words of a text without its marks, for the search index and snippets. */
    static String plainText(String text) {
        var words = new StringBuilder();
        for (var line : text.split("\n", -1)) {
            var video = VIDEO.matcher(line);
            var picture = PICTURE.matcher(line);
            var kept = video.matches() ? video.group(1) : picture.matches() ? picture.group(1) : line;
            words.append(MARKS.matcher(kept).replaceAll(" ")).append('\n');
        }
        return words.toString().replaceAll("[ \\t]+", " ").strip();
    }
}
