package coop.agora.helpdesk;

import coop.agora.offices.OfficeCalendar;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Computes the monthly figures of the reports from the requests received that month: response and
 * resolution times in business hours of each request's office, and the share answered by the
 * promised date.
 */
@Service
class ReportFigures {

    private static final ZoneId OFFICES_ZONE = ZoneId.of("Europe/Brussels");

    private final JdbcClient db;
    private final OfficeCalendar calendar;

    ReportFigures(JdbcClient db, OfficeCalendar calendar) {
        this.db = db;
        this.calendar = calendar;
    }

    private record Key(String pole, long officeId, long topicId) {}

    private static final class Sums {
        int received, answered, inPromise, firstCount, resolutionCount, ratingCount, ratingSum;
        long firstSeconds, resolutionSeconds;
    }

    private record Row(long officeId, String pole, long topicId, Instant receivedAt, LocalDate dueOn, @Nullable Instant firstResponseAt,
            @Nullable Instant answeredAt, @Nullable Integer score) {}

    /** Computes one month again, replacing its figures. */
    @Transactional
    public void refresh(YearMonth month) {
        var from = month.atDay(1).atStartOfDay(OFFICES_ZONE).toInstant();
        var to = month.plusMonths(1).atDay(1).atStartOfDay(OFFICES_ZONE).toInstant();
        var sums = new HashMap<Key, Sums>();
        db.sql("""
                        select r.office_id, r.pole, r.topic_id, r.received_at, r.due_on, r.first_response_at, r.answered_at, g.score
                        from helpdesk.request r left join helpdesk.rating g on g.request_id = r.id
                        where r.received_at >= ? and r.received_at < ? and r.merged_into is null""")
                .params(java.sql.Timestamp.from(from), java.sql.Timestamp.from(to))
                .query(Row.class)
                .stream()
                .forEach(row -> add(sums.computeIfAbsent(new Key(row.pole(), row.officeId(), row.topicId()), key -> new Sums()), row));
        db.sql("delete from helpdesk.report_month where month = ?").param(month.atDay(1)).update();
        sums.forEach((key, s) -> db.sql("""
                        insert into helpdesk.report_month (month, pole, office_id, topic_id, received, answered, answered_in_promise,
                            first_response_count, first_response_seconds, resolution_count, resolution_seconds, rating_count, rating_sum)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(month.atDay(1), key.pole(), key.officeId(), key.topicId(), s.received, s.answered, s.inPromise, s.firstCount,
                        s.firstSeconds, s.resolutionCount, s.resolutionSeconds, s.ratingCount, s.ratingSum)
                .update());
    }

    private void add(Sums sums, Row row) {
        sums.received++;
        if (row.firstResponseAt() != null) {
            sums.firstCount++;
            sums.firstSeconds += calendar.openTimeBetween(row.officeId(), row.receivedAt(), row.firstResponseAt()).toSeconds();
        }
        if (row.answeredAt() != null) {
            sums.answered++;
            sums.resolutionCount++;
            sums.resolutionSeconds += calendar.openTimeBetween(row.officeId(), row.receivedAt(), row.answeredAt()).toSeconds();
            if (!row.answeredAt().atZone(OFFICES_ZONE).toLocalDate().isAfter(row.dueOn())) {
                sums.inPromise++;
            }
        }
        if (row.score() != null) {
            sums.ratingCount++;
            sums.ratingSum += row.score();
        }
    }

    /** The months the job keeps fresh: this one, and the last one for a few days, as late answers still count there. */
    List<YearMonth> monthsToRefresh() {
        var today = LocalDate.now(OFFICES_ZONE);
        var current = YearMonth.from(today);
        return today.getDayOfMonth() <= 7 ? List.of(current.minusMonths(1), current) : List.of(current);
    }
}
