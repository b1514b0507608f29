package coop.agora.events;

import coop.agora.accounts.Members;
import coop.agora.platform.Texts;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The list of attendees an organizer downloads: who has a seat, who waits, and their answers. */
@Component
class Attendees {

    private final JdbcClient db;
    private final Members members;
    private final Texts texts;

    Attendees(JdbcClient db, Members members, Texts texts) {
        this.db = db;
        this.members = members;
        this.texts = texts;
    }

    private record Row(long memberId, String status, String answer, Instant createdAt) {}

    String csv(Event event, Locale locale) {
        var rows = db.sql("""
                        select member_id, status, answer, created_at from events.registration
                        where event_id = ? order by status, id""")
                .param(event.id())
                .query((row, number) -> new Row(row.getLong("member_id"), row.getString("status"), row.getString("answer"),
                        row.getTimestamp("created_at").toInstant()))
                .list();
        var names = members.displayNames(rows.stream().map(Row::memberId).toList(), locale);
        var time = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(locale).withZone(event.timeZone());
        var out = new StringWriter();
        var header = List.of(texts.get("events.csv.name", locale), texts.get("events.csv.status", locale),
                texts.get("events.csv.registeredAt", locale), event.question() == null ? texts.get("events.csv.answer", locale) : event.question());
        try (var printer = CSVFormat.DEFAULT.builder().setHeader(header.stream().map(Attendees::cell).toArray(String[]::new)).get().print(out)) {
            for (var row : rows) {
                printer.printRecord(cell(names.get(row.memberId())),
                        texts.get("events.csv.status." + row.status(), locale),
                        time.format(row.createdAt()),
                        cell(row.answer()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** Spreadsheets run a cell starting with = + - @ as a formula; a leading apostrophe keeps it text. */
    private static String cell(String value) {
        return !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }
}
