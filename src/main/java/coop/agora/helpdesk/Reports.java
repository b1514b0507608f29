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
    private final Cache<BacklogFilter, List<BacklogCount>> backlogCounts =
            Caffeine.newBuilder().expireAfterWrite(Duration.ofMinutes(1)).maximumSize(1_000).build();

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
     * Open requests by age. Counting them reads every open request, tens of thousands at this scale,
     * so each grouping and filter is counted at most once a minute and shared by every advisor who
     * opens a report in that minute.
     */
    List<BacklogLine> backlog(By by, @Nullable Long officeId, @Nullable Pole pole, Locale language) {
        return backlogCounts.get(new BacklogFilter(by, officeId, pole), this::countBacklog).stream()
                .map(count -> new BacklogLine(label(by, count.key(), language), count.upTo3Days(), count.upTo7Days(), count.upTo14Days(), count.older()))
                .toList();
    }

    private List<BacklogCount> countBacklog(BacklogFilter filter) {
        var column = filter.by() == By.MONTH ? "date_trunc('month', received_at at time zone 'Europe/Brussels')::date" : filter.by().column;
        var where = new StringBuilder(" where status <> 'CLOSED' and merged_into is null");
        var now = Instant.now();
        var params = new ArrayList<Object>(List.of(
                Timestamp.from(now.minus(Duration.ofDays(3))), Timestamp.from(now.minus(Duration.ofDays(7))), Timestamp.from(now.minus(Duration.ofDays(14)))));
        if (filter.officeId() != null) {
            where.append(" and office_id = ?");
            params.add(filter.officeId());
        }
        if (filter.pole() != null) {
            where.append(" and pole = ?");
            params.add(filter.pole().name());
        }
        // Ages compared with bounds computed once, not with now() minus an interval on each of the rows.
        return db.sql("with open as (select " + column + " as key, case when received_at > ? then 0 when received_at > ? then 1 when received_at > ? then 2 else 3 end as age"
                        + " from helpdesk.request" + where + ")"
                        + " select key::text as key, count(*) filter (where age = 0) as a, count(*) filter (where age = 1) as b,"
                        + " count(*) filter (where age = 2) as c, count(*) filter (where age = 3) as d from open group by key order by key")
                .params(params)
                .query((row, n) -> new BacklogCount(row.getString("key"), row.getInt("a"), row.getInt("b"), row.getInt("c"), row.getInt("d")))
                .list();
    }

    private record BacklogFilter(By by, @Nullable Long officeId, @Nullable Pole pole) {}

    private record BacklogCount(String key, int upTo3Days, int upTo7Days, int upTo14Days, int older) {}
}
