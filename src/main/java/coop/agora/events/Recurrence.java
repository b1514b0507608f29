package coop.agora.events;

import coop.agora.platform.web.FormErrors;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SortedSet;
import java.util.TreeSet;
import net.fortuna.ical4j.model.Recur;
import org.jspecify.annotations.Nullable;

/**
 * How a series of events repeats, from the date of its first event: every week (or every few
 * weeks) on the same weekday, every month on the same day of the month (months without that day,
 * such as 31 in April, are left out), or every month on the same weekday of the month ("the 2nd
 * Tuesday"; a first date in the month's fifth week means "the last Tuesday"). The series ends on a
 * date or after a number of dates, and may skip some of its dates. The date arithmetic is ical4j's
 * implementation of RFC 5545 rules.
 *
 * <p>A series holds at most {@link #MAX_DATES} dates, all within {@link #MAX_YEARS} years of its
 * first; a longer one is refused rather than cut short, so that no one believes in dates that
 * would never be created.
 */
record Recurrence(Repeats repeats, int every, @Nullable LocalDate until, @Nullable Integer count, SortedSet<LocalDate> skipped) {

    static final int MAX_DATES = 52;
    static final int MAX_YEARS = 2;
    static final int MAX_EVERY = 12;

    enum Repeats {
        WEEKLY,
        MONTHLY_BY_DAY,
        MONTHLY_BY_WEEKDAY
    }

    /** The RFC 5545 rule of the series whose first date is {@code first}. */
    String rule(LocalDate first) {
        var rule = new StringBuilder(switch (repeats) {
            case WEEKLY -> "FREQ=WEEKLY";
            case MONTHLY_BY_DAY -> "FREQ=MONTHLY;BYMONTHDAY=" + first.getDayOfMonth();
            case MONTHLY_BY_WEEKDAY -> "FREQ=MONTHLY;BYDAY=" + weekOfMonth(first) + first.getDayOfWeek().name().substring(0, 2);
        });
        rule.append(";INTERVAL=").append(every);
        if (count != null) {
            rule.append(";COUNT=").append(count);
        } else if (until != null) {
            rule.append(";UNTIL=").append(until.toString().replace("-", ""));
        }
        return rule.toString();
    }

    /** 1 to 4 for the first to the fourth weekday of the month, -1 for one in the fifth week: the last. */
    static int weekOfMonth(LocalDate date) {
        var week = (date.getDayOfMonth() - 1) / 7 + 1;
        return week == 5 ? -1 : week;
    }

    /**
     * Every date of the rule from {@code first} on, skipped ones included, and one more than allowed
     * at most: a list longer than {@link #MAX_DATES} or ending after the limit means "too many".
     */
    List<LocalDate> ruleDates(LocalDate first) {
        var recur = new Recur<LocalDate>(rule(first));
        var horizon = first.plusYears(MAX_YEARS).plusYears(1);
        return recur.getDates(first, first, horizon, MAX_DATES + 1);
    }

    /** The dates on which the series takes place: the rule's dates but the skipped ones. */
    List<LocalDate> dates(LocalDate first) {
        var dates = new ArrayList<>(ruleDates(first));
        dates.removeAll(skipped);
        return dates;
    }

    /** The problems of a series starting on {@code first}, or none; the fields are those of {@link RepeatForm}. */
    static FormErrors problems(RepeatForm form, @Nullable LocalDate first) {
        var errors = FormErrors.builder();
        if (!form.repeated()) {
            return errors.build();
        }
        var repeats = repeats(form.repeats());
        if (repeats == null) {
            errors.reject("repeats", "events.error.repeatsUnknown");
        }
        var every = positive(form.every());
        if (every == null || every > MAX_EVERY) {
            errors.reject("every", "events.error.every");
        }
        var until = date(form.until());
        var count = positive(form.count());
        var untilGiven = !form.until().isBlank();
        var countGiven = !form.count().isBlank();
        if (untilGiven == countGiven) {
            errors.reject("until", "events.error.seriesEnd");
        } else if (untilGiven && until == null) {
            errors.reject("until", "events.error.seriesUntil");
        } else if (untilGiven && first != null && !until.isAfter(first)) {
            errors.reject("until", "events.error.seriesUntilBeforeStart");
        } else if (countGiven && (count == null || count < 2)) {
            errors.reject("count", "events.error.seriesCount");
        }
        var skipped = skipped(form.skip());
        if (skipped == null) {
            errors.reject("skip", "events.error.skipDates");
        }
        if (errors.any() || first == null) {
            return errors.build();
        }
        var recurrence = new Recurrence(repeats, every, untilGiven ? until : null, countGiven ? count : null, skipped);
        var ruleDates = recurrence.ruleDates(first);
        var limit = first.plusYears(MAX_YEARS);
        var tooMany = (countGiven && count > MAX_DATES) || ruleDates.size() > MAX_DATES
                || (countGiven && ruleDates.size() < count) || ruleDates.get(ruleDates.size() - 1).isAfter(limit)
                || (untilGiven && until.isAfter(limit));
        if (tooMany) {
            errors.reject(countGiven ? "count" : "until", "events.error.tooManyDates");
        } else if (!ruleDates.containsAll(skipped)) {
            errors.reject("skip", "events.error.skipNotInSeries");
        } else if (recurrence.dates(first).isEmpty()) {
            errors.reject("skip", "events.error.skipEverything");
        }
        return errors.build();
    }

    /** The series of a form without problems. */
    static Recurrence of(RepeatForm form) {
        var countGiven = !form.count().isBlank();
        return new Recurrence(repeats(form.repeats()), positive(form.every()), countGiven ? null : date(form.until()),
                countGiven ? positive(form.count()) : null, skipped(form.skip()));
    }

    private static @Nullable Repeats repeats(String value) {
        try {
            return Repeats.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static @Nullable Integer positive(String value) {
        try {
            var number = Integer.parseInt(value.strip());
            return number >= 1 ? number : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static @Nullable LocalDate date(String value) {
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** Dates typed as {@code 2026-12-24}, separated by commas, spaces or lines; null when one is not a date. */
    static @Nullable SortedSet<LocalDate> skipped(String value) {
        var dates = new TreeSet<LocalDate>();
        for (var part : value.split("[,;\\s]+")) {
            if (part.isBlank()) {
                continue;
            }
            var date = date(part);
            if (date == null) {
                return null;
            }
            dates.add(date);
        }
        return dates;
    }
}
