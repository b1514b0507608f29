package coop.agora.helpdesk;

import coop.agora.accounts.Pole;
import coop.agora.offices.Offices;
import coop.agora.platform.Texts;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
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
    /** The one count of open requests, under a single key. */
    private static final String ALL_OPEN_REQUESTS = "open";

    private final Cache<String, List<BacklogCell>> backlogCells = Caffeine.newBuilder().expireAfterWrite(Duration.ofMinutes(1)).maximumSize(1).build();

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

    /**
     * Open requests by age. Counting them reads every open request, tens of thousands at this scale
     * (about 45 ms of PostgreSQL for 23,000 open requests of 500,000), so they are counted at most
     * once a minute, once for every grouping and filter together: each report sums the lines it
     * needs from that one count, whichever office, pole or grouping an advisor chooses.
     */
    List<BacklogLine> backlog(By by, @Nullable Long officeId, @Nullable Pole pole, Locale language) {
        var sums = new TreeMap<Comparable<?>, int[]>();
        for (var cell : backlogCells.get(ALL_OPEN_REQUESTS, all -> countBacklog())) {
            if ((officeId == null || officeId == cell.officeId()) && (pole == null || pole.name().equals(cell.pole()))) {
                sums.computeIfAbsent(cell.key(by), key -> new int[4])[cell.age()] += cell.count();
            }
        }
        return sums.entrySet().stream()
                .map(sum -> new BacklogLine(label(by, sum.getKey().toString(), language), sum.getValue()[0], sum.getValue()[1], sum.getValue()[2],
                        sum.getValue()[3]))
                .toList();
    }

    /** Counts the open requests again now, as after the figures were refreshed by hand. */
    void recountBacklog() {
        backlogCells.invalidateAll();
    }

    private List<BacklogCell> countBacklog() {
        var now = Instant.now();
        // Ages compared with bounds computed once, not with now() minus an interval on each of the rows.
        return db.sql("""
                        select office_id, pole, topic_id, date_trunc('month', received_at at time zone 'Europe/Brussels')::date as month,
                            case when received_at > ? then 0 when received_at > ? then 1 when received_at > ? then 2 else 3 end as age,
                            count(*) as count
                        from helpdesk.request where status <> 'CLOSED' and merged_into is null
                        group by 1, 2, 3, 4, 5""")
                .params(Timestamp.from(now.minus(Duration.ofDays(3))), Timestamp.from(now.minus(Duration.ofDays(7))),
                        Timestamp.from(now.minus(Duration.ofDays(14))))
                .query((row, n) -> new BacklogCell(row.getLong("office_id"), row.getString("pole"), row.getLong("topic_id"),
                        row.getObject("month", LocalDate.class), row.getInt("age"), row.getInt("count")))
                .list();
    }

    /** How many open requests of one office, pole, topic and month of reception are of one age (0 to 3). */
    private record BacklogCell(long officeId, String pole, long topicId, LocalDate month, int age, int count) {

        /** The line of a report grouped this way that the cell counts in, ordered as the report lists them. */
        Comparable<?> key(By by) {
            return switch (by) {
                case POLE -> pole;
                case OFFICE -> officeId;
                case TOPIC -> topicId;
                case MONTH -> month;
            };
        }
    }
}
