package coop.agora.knowledge;

import static coop.agora.knowledge.ArticleBody.xml;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import coop.agora.offices.CoopService;
import coop.agora.offices.OfficePage;
import coop.agora.platform.Texts;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.DayOfWeek;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Typesets a welcome booklet as a printable PDF: a cover, a table of contents with page numbers,
 * the guides, the cooperative-life section and the office's contact page. Fonts come from the
 * application itself and are embedded, so the booklet looks the same everywhere.
 */
@Component
class BookletRenderer {

    static final String FONT = "Liberation Sans";
    private static final String FONTS = "liberation/LiberationSans-";

    private final Texts texts;
    private @Nullable Map<String, TrueTypeFont> parsedFonts;

    BookletRenderer(Texts texts) {
        this.texts = texts;
        // The renderer reports every font it loads; only its problems belong in Agora's log.
        XRLog.listRegisteredLoggers().forEach(logger -> XRLog.setLevel(logger, Level.WARNING));
    }

    /** A guide as printed: the text is XHTML already, the title plain. */
    record Chapter(String title, String language, boolean translated, String summary, String bodyXhtml, List<Step> steps) {

        record Step(String title, String bodyXhtml) {}
    }

    /** What one language's booklet holds. */
    record Content(Locale language, String officeName, int year, List<Chapter> guides, List<Chapter> cooperativeLife, OfficePage office,
            List<CoopService> services) {}

    /** The PDF and how many pages it has. */
    record Pdf(byte[] bytes, int pages) {}

    Pdf render(Content content) {
        return render(List.of(content)).get(0);
    }

    /**
     * Typesets several booklets, such as the three languages of an edition. The fonts are parsed
     * once and shared; PDFBox fonts are not safe to share between threads, so one booklet is
     * typeset at a time.
     */
    synchronized List<Pdf> render(List<Content> contents) {
        var fonts = fonts();
        var pdfs = new ArrayList<Pdf>();
        for (var content : contents) {
            pdfs.add(render(content, fonts));
        }
        return pdfs;
    }

    private Pdf render(Content content, Map<String, TrueTypeFont> fonts) {
        var output = new ByteArrayOutputStream();
        try (var document = new PDDocument()) {
            var builder = new PdfRendererBuilder()
                    .usePDDocument(document)
                    .withHtmlContent(xhtml(content), null)
                    .usePdfUaAccessibility(true);
            builder.useFont(embedded(document, fonts.get("Regular")), FONT, 400, FontStyle.NORMAL, true);
            builder.useFont(embedded(document, fonts.get("Bold")), FONT, 700, FontStyle.NORMAL, true);
            builder.useFont(embedded(document, fonts.get("Italic")), FONT, 400, FontStyle.ITALIC, true);
            builder.useFont(embedded(document, fonts.get("BoldItalic")), FONT, 700, FontStyle.ITALIC, true);
            try (var renderer = builder.buildPdfRenderer()) {
                renderer.layout();
                renderer.createPDFWithoutClosing();
                var pages = document.getNumberOfPages();
                document.save(output);
                return new Pdf(output.toByteArray(), pages);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The font as a subset embedded in this document only: PDFBox ties a loaded font to its document. */
    private static PDFontSupplier embedded(PDDocument document, TrueTypeFont font) throws IOException {
        return new PDFontSupplier(PDType0Font.load(document, font, true));
    }

    /** The four styles, parsed on first use and kept: parsing them again for every booklet costs more than typesetting a chapter. */
    private Map<String, TrueTypeFont> fonts() {
        if (parsedFonts == null) {
            var fonts = new HashMap<String, TrueTypeFont>();
            for (var style : List.of("Regular", "Bold", "Italic", "BoldItalic")) {
                try (var stream = font(style)) {
                    fonts.put(style, new TTFParser().parse(new RandomAccessReadBuffer(stream.readAllBytes())));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            parsedFonts = Map.copyOf(fonts);
        }
        return parsedFonts;
    }

    private static InputStream font(String style) {
        var stream = BookletRenderer.class.getClassLoader().getResourceAsStream(FONTS + style + ".ttf");
        if (stream == null) {
            throw new IllegalStateException("Font " + style + " is missing from the class path");
        }
        return stream;
    }

    private String t(Content content, String key, Object... arguments) {
        return xml(texts.get(key, content.language(), arguments));
    }

    String xhtml(Content content) {
        var html = new StringBuilder(64 * 1024);
        var title = t(content, "knowledge.booklet.title");
        html.append("<html lang=\"").append(content.language().getLanguage()).append("\"><head><meta charset=\"utf-8\"/><title>")
                .append(title).append(" · ").append(xml(content.officeName())).append(' ').append(content.year()).append("</title>")
                .append("<meta name=\"subject\" content=\"").append(t(content, "knowledge.booklet.lead")).append("\"/>")
                .append("<meta name=\"description\" content=\"").append(t(content, "knowledge.booklet.lead")).append("\"/>")
                .append("<style>").append(STYLE).append("</style><bookmarks>");
        var chapters = new ArrayList<Chapter>(content.guides());
        chapters.addAll(content.cooperativeLife());
        for (int i = 0; i < chapters.size(); i++) {
            html.append("<bookmark name=\"").append(xml(chapters.get(i).title())).append("\" href=\"#chapter-").append(i + 1).append("\"/>");
        }
        html.append("<bookmark name=\"").append(t(content, "knowledge.booklet.contact")).append("\" href=\"#contact\"/></bookmarks></head><body>");
        html.append("<div class=\"cover\"><p class=\"brand\">Agora</p><h1>").append(title).append("</h1><p class=\"subtitle\">")
                .append(t(content, "knowledge.booklet.subtitle", content.officeName(), content.year())).append("</p></div>");
        html.append("<div class=\"toc\"><h2>").append(t(content, "knowledge.booklet.contents")).append("</h2><ul>");
        for (int i = 0; i < chapters.size(); i++) {
            if (i == content.guides().size() && !content.cooperativeLife().isEmpty()) {
                html.append("<li class=\"part\">").append(t(content, "knowledge.booklet.cooperativeLife")).append("</li>");
            }
            html.append("<li><a href=\"#chapter-").append(i + 1).append("\">").append(xml(chapters.get(i).title())).append("</a></li>");
        }
        html.append("<li class=\"part\"><a href=\"#contact\">").append(t(content, "knowledge.booklet.contact")).append("</a></li></ul></div>");
        for (int i = 0; i < chapters.size(); i++) {
            var chapter = chapters.get(i);
            var partStart = i == content.guides().size() && !content.cooperativeLife().isEmpty();
            html.append("<div class=\"chapter\" id=\"chapter-").append(i + 1).append("\" lang=\"").append(chapter.language()).append("\">");
            if (partStart) {
                html.append("<p class=\"part-title\">").append(t(content, "knowledge.booklet.cooperativeLife")).append("</p>");
            }
            html.append("<h2>").append(xml(chapter.title())).append("</h2>");
            if (!chapter.translated()) {
                html.append("<p class=\"note\">").append(t(content, "knowledge.booklet.notTranslated",
                        Locale.forLanguageTag(chapter.language()).getDisplayLanguage(content.language()))).append("</p>");
            }
            if (!chapter.summary().isEmpty()) {
                html.append("<p class=\"summary\">").append(xml(chapter.summary())).append("</p>");
            }
            html.append(chapter.bodyXhtml());
            if (!chapter.steps().isEmpty()) {
                html.append("<ol class=\"steps\">");
                for (var step : chapter.steps()) {
                    html.append("<li><h3>").append(xml(step.title())).append("</h3>").append(step.bodyXhtml()).append("</li>");
                }
                html.append("</ol>");
            }
            html.append("</div>");
        }
        contact(content, html);
        return html.append("</body></html>").toString();
    }

    private void contact(Content content, StringBuilder html) {
        var office = content.office();
        var language = content.language();
        html.append("<div class=\"chapter\" id=\"contact\"><h2>").append(t(content, "knowledge.booklet.contact")).append("</h2>");
        html.append("<p><strong>").append(xml(office.contact().street())).append(", ").append(xml(office.contact().postcode())).append(' ')
                .append(xml(office.contact().city())).append("</strong><br/>").append(t(content, "knowledge.booklet.phone", office.contact().phone()))
                .append("<br/>").append(xml(office.contact().email())).append("</p>");
        html.append("<h3>").append(t(content, "knowledge.booklet.hours")).append("</h3><table class=\"hours\">");
        for (var day : DayOfWeek.values()) {
            var periods = office.hours().stream().filter(period -> period.day() == day).toList();
            html.append("<tr><th>").append(xml(day.getDisplayName(TextStyle.FULL, language))).append("</th><td>");
            if (periods.isEmpty()) {
                html.append(t(content, "knowledge.booklet.closed"));
            }
            for (int i = 0; i < periods.size(); i++) {
                html.append(i > 0 ? ", " : "").append(periods.get(i).opens()).append(" – ").append(periods.get(i).closes());
            }
            html.append("</td></tr>");
        }
        html.append("</table>");
        if (!office.menu().isEmpty()) {
            html.append("<h3>").append(t(content, "knowledge.booklet.menu", office.contact().phone())).append("</h3><ul>");
            for (var option : office.menu()) {
                content.services().stream().filter(service -> service.id() == option.serviceId()).findFirst().ifPresent(service -> html
                        .append("<li>").append(t(content, "knowledge.booklet.key", option.key(), service.name(language))).append("</li>"));
            }
            html.append("</ul>");
        }
        html.append("<h3>").append(t(content, "knowledge.booklet.services")).append("</h3><table class=\"services\">");
        for (var service : content.services()) {
            html.append("<tr><th>").append(xml(service.name(language))).append("</th><td>").append(xml(service.handles(language)))
                    .append("<br/>").append(xml(service.email())).append("</td></tr>");
        }
        html.append("</table>");
        if (!office.daysOff().isEmpty()) {
            html.append("<h3>").append(t(content, "knowledge.booklet.daysOff")).append("</h3><ul>");
            var format = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", language);
            office.daysOff().forEach(day -> html.append("<li>").append(xml(format.format(day.day()))).append(" : ").append(xml(day.name(language)))
                    .append("</li>"));
            html.append("</ul>");
        }
        html.append("</div>");
    }

    private static final String STYLE = """
            @page { size: A4; margin: 22mm 20mm 24mm 20mm;
              @bottom-center { content: counter(page) " / " counter(pages); font-family: 'Liberation Sans'; font-size: 9pt; color: #444; } }
            @page :first { @bottom-center { content: none; } }
            body { font-family: 'Liberation Sans'; font-size: 11pt; line-height: 1.45; color: #1a1a1a; }
            h1, h2, h3 { color: #0b4f6c; line-height: 1.2; }
            h2 { font-size: 18pt; margin: 0 0 6mm 0; }
            h3 { font-size: 12.5pt; margin: 5mm 0 2mm 0; }
            .cover { page-break-after: always; padding-top: 70mm; }
            .cover h1 { font-size: 32pt; margin: 0; }
            .cover .brand { font-size: 14pt; font-weight: bold; letter-spacing: 2pt; color: #0b4f6c; }
            .cover .subtitle { font-size: 16pt; }
            .toc { page-break-after: always; }
            .toc ul { list-style: none; padding: 0; }
            .toc li { margin: 2mm 0; }
            .toc li.part { font-weight: bold; margin-top: 5mm; }
            .toc a { color: #1a1a1a; text-decoration: none; }
            .toc a::after { content: leader('.') target-counter(attr(href), page); }
            .chapter { page-break-before: always; }
            .part-title { text-transform: uppercase; letter-spacing: 1pt; color: #555; font-size: 10pt; }
            .summary { font-size: 12pt; color: #333; }
            .note { font-style: italic; color: #555; }
            .steps > li { margin-bottom: 3mm; }
            table { border-collapse: collapse; width: 100%; }
            th, td { text-align: left; vertical-align: top; padding: 1.5mm 2mm; border-bottom: 0.5pt solid #bbb; }
            th { width: 35%; }
            img { max-width: 100%; }
            .video { font-style: italic; }
            """;
}
