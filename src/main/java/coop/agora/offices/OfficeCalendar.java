package coop.agora.offices;

import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.HolidayType;
import de.focus_shift.jollyday.core.ManagerParameters;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Working days and opening hours of each office: the clock of every promise the cooperative
 * makes. A working day is a weekday on which the office has opening hours and which is neither a
 * public holiday of its country nor one of its closure days.
 */
@Service
public class OfficeCalendar {

    /** Beyond this, a computation is a mistake in the caller rather than a real date. */
    private static final int MAX_DAYS_SEARCHED = 3 * 366;

    private static final Locale DUTCH = Locale.forLanguageTag("nl");

    private final JdbcClient db;
    private final Offices offices;
    private final Map<String, Map<LocalDate, DayOff>> holidaysByCountryAndYear = new ConcurrentHashMap<>();
    private volatile @Nullable Schedules schedules;

    OfficeCalendar(JdbcClient db, Offices offices) {
        this.db = db;
        this.offices = offices;
    }

    public boolean isWorkingDay(long officeId, LocalDate day) {
        var office = office(officeId);
        var schedule = schedules().of(officeId);
        return schedule.opensOn(day.getDayOfWeek())
                && !schedule.closures.containsKey(day)
                && !holidays(office.country(), day.getYear()).containsKey(day);
    }

    /** The working day that comes {@code days} working days after {@code from}, which itself does not count. */
    public LocalDate addWorkingDays(long officeId, LocalDate from, int days) {
        if (days < 0) {
            throw new IllegalArgumentException("Working days to add must not be negative: " + days);
        }
        var day = from;
        var counted = 0;
        for (var searched = 0; counted < days; searched++) {
            if (searched > MAX_DAYS_SEARCHED) {
                throw new IllegalStateException("Office " + officeId + " has no working day in " + MAX_DAYS_SEARCHED + " days");
            }
            day = day.plusDays(1);
            if (isWorkingDay(officeId, day)) {
                counted++;
            }
        }
        return day;
    }

    /**
     * The working days after {@code fromExclusive} up to {@code toInclusive}; negative when the
     * second date comes first, so that "overdue by two working days" reads naturally.
     */
    public int workingDaysBetween(long officeId, LocalDate fromExclusive, LocalDate toInclusive) {
        if (toInclusive.isBefore(fromExclusive)) {
            return -workingDaysBetween(officeId, toInclusive, fromExclusive);
        }
        var count = 0;
        for (var day = fromExclusive.plusDays(1); !day.isAfter(toInclusive); day = day.plusDays(1)) {
            if (isWorkingDay(officeId, day)) {
                count++;
            }
        }
        return count;
    }

    /** The part of a span of time during which the office was open: business hours elapsed. */
    public Duration openTimeBetween(long officeId, Instant from, Instant to) {
        if (!to.isAfter(from)) {
            return Duration.ZERO;
        }
        var zone = office(officeId).timeZone();
        var schedule = schedules().of(officeId);
        var total = Duration.ZERO;
        var last = to.atZone(zone).toLocalDate();
        for (var day = from.atZone(zone).toLocalDate(); !day.isAfter(last); day = day.plusDays(1)) {
            if (!isWorkingDay(officeId, day)) {
                continue;
            }
            for (var period : schedule.periodsOn(day.getDayOfWeek())) {
                var opens = day.atTime(period.opens()).atZone(zone).toInstant();
                var closes = day.atTime(period.closes()).atZone(zone).toInstant();
                var start = opens.isAfter(from) ? opens : from;
                var end = closes.isBefore(to) ? closes : to;
                if (end.isAfter(start)) {
                    total = total.plus(Duration.between(start, end));
                }
            }
        }
        return total;
    }

    public boolean isOpen(long officeId, Instant at) {
        var local = at.atZone(office(officeId).timeZone());
        var time = local.toLocalTime();
        return isWorkingDay(officeId, local.toLocalDate())
                && schedules().of(officeId).periodsOn(local.getDayOfWeek()).stream()
                        .anyMatch(period -> !time.isBefore(period.opens()) && time.isBefore(period.closes()));
    }

    /** The next moment the office opens after {@code after}, in its time zone; empty for an office with no hours. */
    public Optional<ZonedDateTime> nextOpening(long officeId, Instant after) {
        var zone = office(officeId).timeZone();
        var schedule = schedules().of(officeId);
        var day = after.atZone(zone).toLocalDate();
        for (var searched = 0; searched <= MAX_DAYS_SEARCHED; searched++, day = day.plusDays(1)) {
            if (!isWorkingDay(officeId, day)) {
                continue;
            }
            for (var period : schedule.periodsOn(day.getDayOfWeek())) {
                var opens = day.atTime(period.opens()).atZone(zone);
                if (opens.toInstant().isAfter(after)) {
                    return Optional.of(opens);
                }
            }
        }
        return Optional.empty();
    }

    /** Public holidays and closure days in a period, in date order. */
    public List<DayOff> daysOff(long officeId, LocalDate from, LocalDate toInclusive) {
        var country = office(officeId).country();
        var closures = schedules().of(officeId).closures;
        var daysOff = new ArrayList<DayOff>();
        for (var year = from.getYear(); year <= toInclusive.getYear(); year++) {
            holidays(country, year).values().stream()
                    .filter(holiday -> !holiday.day().isBefore(from) && !holiday.day().isAfter(toInclusive))
                    .forEach(daysOff::add);
        }
        closures.values().stream()
                .filter(closure -> !closure.day().isBefore(from) && !closure.day().isAfter(toInclusive))
                .forEach(daysOff::add);
        daysOff.sort(Comparator.comparing(DayOff::day).thenComparing(DayOff::kind));
        return daysOff;
    }

    public List<OpeningPeriod> weeklyHours(long officeId) {
        return schedules().of(officeId).periods;
    }

    /** Reads hours and closures again on next use, after someone changed them. */
    public void forget() {
        schedules = null;
    }

    private Office office(long officeId) {
        return offices.find(officeId).orElseThrow(() -> new IllegalArgumentException("No office " + officeId));
    }

    private Map<LocalDate, DayOff> holidays(String country, int year) {
        return holidaysByCountryAndYear.computeIfAbsent(country + year, key -> {
            var manager = HolidayManager.getInstance(ManagerParameters.create(calendarOf(country)));
            return manager.getHolidays(Year.of(year), HolidayType.PUBLIC_HOLIDAY).stream()
                    .collect(Collectors.toUnmodifiableMap(
                            Holiday::getDate,
                            holiday -> new DayOff(
                                    holiday.getDate(),
                                    DayOff.Kind.PUBLIC_HOLIDAY,
                                    holiday.getDescription(Locale.FRENCH),
                                    holiday.getDescription(DUTCH),
                                    holiday.getDescription(Locale.ENGLISH)),
                            (first, second) -> first));
        });
    }

    private static HolidayCalendar calendarOf(String country) {
        return switch (country) {
            case "BE" -> HolidayCalendar.BELGIUM;
            case "FR" -> HolidayCalendar.FRANCE;
            default -> throw new IllegalArgumentException("No holiday calendar for country " + country);
        };
    }

    private Schedules schedules() {
        var known = schedules;
        if (known == null) {
            known = Schedules.read(db);
            schedules = known;
        }
        return known;
    }

    private record Schedule(List<OpeningPeriod> periods, Map<LocalDate, DayOff> closures, Set<DayOfWeek> openDays) {

        static final Schedule WEEKDAYS_WITHOUT_HOURS = new Schedule(
                List.of(), Map.of(), EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY));

        boolean opensOn(DayOfWeek day) {
            return openDays.contains(day);
        }

        List<OpeningPeriod> periodsOn(DayOfWeek day) {
            return periods.stream().filter(period -> period.day() == day).toList();
        }
    }

    private record Schedules(Map<Long, Schedule> byOffice) {

        Schedule of(long officeId) {
            return byOffice.getOrDefault(officeId, Schedule.WEEKDAYS_WITHOUT_HOURS);
        }

        static Schedules read(JdbcClient db) {
            var periods = new HashMap<Long, List<OpeningPeriod>>();
            db.sql("select office_id, day_of_week, opens, closes from offices.opening_period order by office_id, day_of_week, opens")
                    .query(row -> {
                        periods.computeIfAbsent(row.getLong("office_id"), id -> new ArrayList<>()).add(new OpeningPeriod(
                                DayOfWeek.of(row.getInt("day_of_week")),
                                row.getTime("opens").toLocalTime(),
                                row.getTime("closes").toLocalTime()));
                    });
            var closures = new HashMap<Long, Map<LocalDate, DayOff>>();
            db.sql("select office_id, day, name_fr, name_nl, name_en from offices.closure")
                    .query(row -> {
                        var day = row.getDate("day").toLocalDate();
                        closures.computeIfAbsent(row.getLong("office_id"), id -> new HashMap<>()).put(day, new DayOff(
                                day, DayOff.Kind.CLOSURE, row.getString("name_fr"), row.getString("name_nl"), row.getString("name_en")));
                    });
            var byOffice = new HashMap<Long, Schedule>();
            var offices = new HashSet<Long>(periods.keySet());
            offices.addAll(closures.keySet());
            for (var office : offices) {
                var officePeriods = List.copyOf(periods.getOrDefault(office, List.of()));
                var openDays = officePeriods.isEmpty()
                        ? EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY)
                        : officePeriods.stream().map(OpeningPeriod::day).collect(Collectors.toCollection(() -> EnumSet.noneOf(DayOfWeek.class)));
                byOffice.put(office, new Schedule(officePeriods, Map.copyOf(closures.getOrDefault(office, Map.of())), openDays));
            }
            return new Schedules(Map.copyOf(byOffice));
        }
    }
}
