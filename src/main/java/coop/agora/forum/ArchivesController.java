package coop.agora.forum;

import coop.agora.platform.PlatformSettings;
import coop.agora.platform.Viewer;
import java.io.StringWriter;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/** A category's archives by month, and its Atom feed of latest topics. */
@Controller
class ArchivesController {

    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
    private static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");

    private final ForumController forum;
    private final ForumReads reads;
    private final PlatformSettings settings;

    ArchivesController(ForumController forum, ForumReads reads, PlatformSettings settings) {
        this.forum = forum;
        this.reads = reads;
        this.settings = settings;
    }

    @GetMapping("/forum/c/{slug}/archives")
    String archives(@PathVariable String slug, @AuthenticationPrincipal @Nullable Viewer viewer, Model model) {
        var category = forum.readable(slug, viewer);
        model.addAttribute("category", category);
        model.addAttribute("months", reads.months(category.id()).stream()
                .map(month -> new ArchiveMonth(YearMonth.from(month.getKey().atZone(BRUSSELS)), month.getValue()))
                .toList());
        return "forum/archives";
    }

    @GetMapping("/forum/c/{slug}/archives/{month}")
    String month(
            @PathVariable String slug, @PathVariable String month, @AuthenticationPrincipal @Nullable Viewer viewer, Locale locale, Model model) {
        var category = forum.readable(slug, viewer);
        YearMonth chosen;
        try {
            chosen = YearMonth.parse(month);
        } catch (DateTimeParseException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        var from = chosen.atDay(1).atStartOfDay(BRUSSELS).toInstant();
        var until = chosen.plusMonths(1).atDay(1).atStartOfDay(BRUSSELS).toInstant();
        model.addAttribute("category", category);
        model.addAttribute("month", chosen);
        model.addAttribute("topics", reads.topicsOfMonth(category.id(), from, until, locale));
        return "forum/archive-month";
    }

    /** Feeds are for public categories: feed readers do not sign in. */
    @GetMapping("/forum/c/{slug}/feed.atom")
    ResponseEntity<String> feed(@PathVariable String slug, Locale locale) throws XMLStreamException {
        var category = forum.readable(slug, null);
        var page = reads.categoryPage(category.id(), null, null, null, locale);
        var out = new StringWriter();
        var xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
        var self = settings.link("/forum/c/" + slug + "/feed.atom");
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeStartElement("feed");
        xml.writeDefaultNamespace("http://www.w3.org/2005/Atom");
        element(xml, "id", self);
        element(xml, "title", category.name(locale) + " · Agora");
        element(xml, "subtitle", category.description(locale));
        var updated = category.lastPostAt() == null ? Instant.EPOCH : category.lastPostAt();
        element(xml, "updated", updated.toString());
        link(xml, "self", self);
        link(xml, "alternate", settings.link("/forum/c/" + slug));
        var topics = new java.util.ArrayList<>(page.pinned());
        topics.addAll(page.topics());
        for (var topic : topics) {
            var href = settings.link("/forum/t/" + topic.id());
            xml.writeStartElement("entry");
            element(xml, "id", href);
            element(xml, "title", topic.title());
            element(xml, "updated", topic.lastPostAt().toString());
            xml.writeStartElement("author");
            element(xml, "name", topic.authorName());
            xml.writeEndElement();
            link(xml, "alternate", href);
            xml.writeEndElement();
        }
        xml.writeEndElement();
        xml.writeEndDocument();
        xml.close();
        return ResponseEntity.ok().contentType(ATOM).body(out.toString());
    }

    private static void element(javax.xml.stream.XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    private static void link(javax.xml.stream.XMLStreamWriter xml, String rel, String href) throws XMLStreamException {
        xml.writeEmptyElement("link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("href", href);
    }
}
