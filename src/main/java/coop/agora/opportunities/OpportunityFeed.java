package coop.agora.opportunities;

import coop.agora.platform.Markdown;
import coop.agora.platform.PlatformSettings;
import coop.agora.platform.Texts;
import java.io.StringWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** The Atom feed of the open public opportunities, newest first, written with the JDK's XML writer so that every text is escaped. */
@Service
class OpportunityFeed {

    static final int SIZE = 50;
    private static final String ATOM = "http://www.w3.org/2005/Atom";

    private final JdbcClient db;
    private final Markdown markdown;
    private final PlatformSettings settings;
    private final Texts texts;

    OpportunityFeed(JdbcClient db, Markdown markdown, PlatformSettings settings, Texts texts) {
        this.db = db;
        this.markdown = markdown;
        this.settings = settings;
        this.texts = texts;
    }

    private record Entry(long id, String title, String description, OpportunityKind kind, LocalDate deadline, Instant updated) {}

    String atom(LocalDate today, Locale locale) {
        var entries = db.sql("""
                        select o.id, o.title, o.description, o.kind, o.deadline, o.updated_at from opportunities.opportunity o
                        where o.status = 'OPEN' and not o.hidden and o.audience = 'PUBLIC' and o.deadline >= ?
                        order by o.created_at desc, o.id desc limit ?""")
                .params(today, SIZE)
                .query((row, number) -> new Entry(row.getLong("id"), row.getString("title"), row.getString("description"),
                        OpportunityKind.valueOf(row.getString("kind")), row.getObject("deadline", LocalDate.class),
                        row.getTimestamp("updated_at").toInstant()))
                .list();
        try {
            var out = new StringWriter();
            var xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("feed");
            xml.writeDefaultNamespace(ATOM);
            xml.writeAttribute("xml:lang", locale.getLanguage());
            element(xml, "id", settings.link("/opportunities/feed.atom"));
            element(xml, "title", texts.get("opportunities.feed.title", locale));
            element(xml, "updated", format(entries.stream().map(Entry::updated).max(Instant::compareTo).orElse(Instant.EPOCH)));
            link(xml, "self", settings.link("/opportunities/feed.atom"));
            link(xml, "alternate", settings.link("/opportunities"));
            xml.writeStartElement("author");
            element(xml, "name", texts.get("opportunities.feed.author", locale));
            xml.writeEndElement();
            for (var entry : entries) {
                write(xml, entry, locale);
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
            return out.toString();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Could not write the opportunities feed", e);
        }
    }

    private void write(XMLStreamWriter xml, Entry entry, Locale locale) throws XMLStreamException {
        var link = settings.link("/opportunities/" + entry.id());
        xml.writeStartElement("entry");
        element(xml, "id", link);
        element(xml, "title", entry.title());
        element(xml, "updated", format(entry.updated()));
        link(xml, "alternate", link);
        xml.writeStartElement("category");
        xml.writeAttribute("term", entry.kind().name());
        xml.writeAttribute("label", texts.get(entry.kind().key(), locale));
        xml.writeEndElement();
        element(xml, "summary", texts.get("opportunities.feed.deadline", locale, entry.deadline().toString()));
        xml.writeStartElement("content");
        xml.writeAttribute("type", "html");
        xml.writeCharacters(markdown.toSafeHtml(entry.description()));
        xml.writeEndElement();
        xml.writeEndElement();
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    private static void link(XMLStreamWriter xml, String rel, String href) throws XMLStreamException {
        xml.writeStartElement("link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("href", href);
        xml.writeEndElement();
    }

    private static String format(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.SECONDS));
    }
}
