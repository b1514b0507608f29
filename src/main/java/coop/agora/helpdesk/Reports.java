package coop.agora.helpdesk;

import coop.agora.accounts.Pole;
import coop.agora.offices.Offices;
import coop.agora.platform.Texts;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** The figures the reports show, read from the monthly figures and, for the backlog, from the open requests. */
@Service
class Reports {

    /** What a report is grouped by. */
    enum By {
        POLE("pole"),
        OFFICE("office_id"),
        TOPIC("topic_id"),
        MONTH("month");

        private final String column;

        By(String column) {
            this.column = column;
        }

        static By parse(String value) {
            for (var by : values()) {
                if (by.name().equalsIgnoreCase(value)) {
                    return by;
                }
            }
            return POLE;
        }
    }

    private final JdbcClient db;
    private final Offices offices;
    private final HelpTopics topics;
    private final Texts texts;

    Reports(JdbcClient db, Offices offices, HelpTopics topics, Texts texts) {
        this.db = db;
        this.offices = offices;
        this.topics = topics;
        this.texts = texts;
    }

    List<ReportLine> lines(YearMonth from, YearMonth to, By by, @Nullable Long officeId, @Nullable Pole pole, Locale language) {
        var where = new StringBuilder(" where month between ? and ?");
        var params = new ArrayList<Object>(List.of(from.atDay(1), to.atDay(1)));
        if (officeId != null) {
            where.append(" and office_id = ?");
            params.add(officeId);
        }
        if (pole != null) {
            where.append(" and pole = ?");
            params.add(pole.name());
        }
        return db.sql("select " + by.column + "::text as key, sum(received) as received, sum(answered) as answered,"
                        + " sum(answered_in_promise) as in_promise, sum(first_response_count) as first_count, sum(first_response_seconds) as first_seconds,"
                        + " sum(resolution_count) as resolution_count, sum(resolution_seconds) as resolution_seconds,"
                        + " sum(rating_count) as rating_count, sum(rating_sum) as rating_sum"
                        + " from helpdesk.report_month" + where + " group by " + by.column + " order by " + by.column)
                .params(params)
                .query((row, n) -> line(row, by, language))
                .list();
    }

    private ReportLine line(ResultSet row, By by, Locale language) throws SQLException {
        var key = row.getString("key");
        var answered = row.getInt("answered");
        var firstCount = row.getInt("first_count");
        var resolutionCount = row.getInt("resolution_count");
        var ratingCount = row.getInt("rating_count");
        return new ReportLine(
                key,
                label(by, key, language),
                row.getInt("received"),
                answered,
                answered == 0 ? null : 100.0 * row.getInt("in_promise") / answered,
                firstCount == 0 ? null : row.getLong("first_seconds") / 3600.0 / firstCount,
                resolutionCount == 0 ? null : row.getLong("resolution_seconds") / 3600.0 / resolutionCount,
                ratingCount == 0 ? null : (double) row.getInt("rating_sum") / ratingCount);
    }

    private String label(By by, String key, Locale language) {
        return switch (by) {
            case POLE -> texts.get("pole." + key, language);
            case OFFICE -> offices.find(Long.parseLong(key)).map(office -> office.name(language)).orElse(key);
            case TOPIC -> topics.find(Long.parseLong(key)).map(topic -> topic.name(language)).orElse(key);
            case MONTH -> DateTimeFormatter.ofPattern("MMMM yyyy", language).format(java.time.LocalDate.parse(key));
        };
    }

    /** Open requests by age; served by the partial index of open requests, whatever the history. */
    List<BacklogLine> backlog(By by, @Nullable Long officeId, @Nullable Pole pole, Locale language) {
        var column = by == By.MONTH ? "to_char(received_at, 'YYYY-MM-01')" : by.column + "::text";
        var where = new StringBuilder(" where status <> 'CLOSED' and merged_into is null");
        var params = new ArrayList<Object>();
        if (officeId != null) {
            where.append(" and office_id = ?");
            params.add(officeId);
        }
        if (pole != null) {
            where.append(" and pole = ?");
            params.add(pole.name());
        }
        return db.sql("select " + column + " as key,"
                        + " count(*) filter (where received_at > now() - interval '3 days') as a,"
                        + " count(*) filter (where received_at <= now() - interval '3 days' and received_at > now() - interval '7 days') as b,"
                        + " count(*) filter (where received_at <= now() - interval '7 days' and received_at > now() - interval '14 days') as c,"
                        + " count(*) filter (where received_at <= now() - interval '14 days') as d"
                        + " from helpdesk.request" + where + " group by 1 order by 1")
                .params(params)
                .query((row, n) -> new BacklogLine(label(by, row.getString("key"), language), row.getInt("a"), row.getInt("b"), row.getInt("c"), row.getInt("d")))
                .list();
    }
}
