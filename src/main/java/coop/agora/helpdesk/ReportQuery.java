package coop.agora.helpdesk;

import coop.agora.accounts.Pole;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import org.jspecify.annotations.Nullable;

/**
 * A report's settings as read from its form: the months, the grouping, optional office and pole,
 * and an optional period to compare with. Unknown values fall back to the current year.
 */
public record ReportQuery(YearMonth from, YearMonth to, String by, @Nullable Long officeId, @Nullable Pole pole, @Nullable YearMonth vsFrom,
        @Nullable YearMonth vsTo) {

    static ReportQuery parse(String from, String to, String by, String office, String pole, String vsFrom, String vsTo) {
        var year = YearMonth.now();
        var start = month(from);
        var end = month(to);
        var first = start == null ? YearMonth.of(year.getYear(), 1) : start;
        var last = end == null || end.isBefore(first) ? (start == null ? YearMonth.of(year.getYear(), 12) : first) : end;
        var compareFrom = month(vsFrom);
        var compareTo = month(vsTo);
        var officeId = AskForm.parseId(office);
        return new ReportQuery(first, last, Reports.By.parse(by).name(), officeId > 0 ? officeId : null, DeskWork.parsePole(pole),
                compareFrom, compareFrom == null ? null : (compareTo == null || compareTo.isBefore(compareFrom) ? compareFrom : compareTo));
    }

    private static @Nullable YearMonth month(String value) {
        try {
            return value.isBlank() ? null : YearMonth.parse(value.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    Reports.By grouping() {
        return Reports.By.valueOf(by);
    }

    /** The same report as CSV. */
    public String csvLink() {
        return "/desk/reports.csv?from=" + from + "&to=" + to + "&by=" + by + "&office=" + (officeId == null ? "" : officeId)
                + "&pole=" + (pole == null ? "" : pole.name());
    }
}
