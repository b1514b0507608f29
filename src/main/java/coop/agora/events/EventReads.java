package coop.agora.events;

import coop.agora.offices.Offices;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reading the agenda: lists, the month view, one event, a member's registrations. */
@Component
class EventReads {

    static final int PAGE = 30;

    private static final String ROW_COLUMNS = """
            e.id, e.title, e.type, e.language, e.starts_at, e.ends_at, e.time_zone, e.office_id, e.town,
            e.online_url is not null as online, e.capacity,
            (select count(*) from events.registration r where r.event_id = e.id and r.status = 'REGISTERED') as registered""";

    private final JdbcClient db;
    private final Offices offices;

    EventReads(JdbcClient db, Offices offices) {
        this.db = db;
        this.offices = offices;
    }

    /**
     * Filters of the lists; null means any. {@code hiddenGroups} are the member groups whose events
     * the reader may not see, never shown whatever the filters.
     */
    record Filter(
            @Nullable EventType type, @Nullable Long officeId, @Nullable String language, @Nullable Long groupId, @Nullable String town,
            Set<Long> hiddenGroups) {

        /** The filters as a query string, for links that keep them. */
        String query() {
            return "type=" + (type == null ? "" : type.name()) + "&office=" + (officeId == null ? "" : officeId)
                    + "&language=" + (language == null ? "" : language) + "&town=" + (town == null ? "" : URLEncoder.encode(town, StandardCharsets.UTF_8))
                    + (groupId == null ? "" : "&group=" + groupId);
        }
    }

    /** Where the next page of the list starts: the start and id of the last event shown. */
    record Cursor(Instant startsAt, long id) {

        static Optional<Cursor> parse(String value) {
            var dash = value.indexOf('-');
            try {
                return dash < 0 ? Optional.empty()
                        : Optional.of(new Cursor(Instant.ofEpochSecond(Long.parseLong(value.substring(0, dash))), Long.parseLong(value.substring(dash + 1))));
            } catch (NumberFormatException | java.time.DateTimeException e) {
                return Optional.empty();
            }
        }

        @Override
        public String toString() {
            return startsAt.getEpochSecond() + "-" + id;
        }
    }

    record Page(List<EventRow> events, @Nullable Cursor next) {}

    /** Events not yet over, soonest first. */
    Page upcoming(Filter filter, @Nullable Cursor after, Instant now, Locale locale) {
        var sql = new StringBuilder("select " + ROW_COLUMNS + " from events.event e where e.cancelled_at is null and e.ends_at > ?");
        var params = new ArrayList<Object>(List.of(Timestamp.from(now)));
        where(filter, sql, params);
        if (after != null) {
            sql.append(" and (e.starts_at, e.id) > (?, ?)");
            params.add(Timestamp.from(after.startsAt()));
            params.add(after.id());
        }
        sql.append(" order by e.starts_at, e.id limit ").append(PAGE + 1);
        var rows = db.sql(sql.toString()).params(params).query((row, number) -> row(row, locale)).list();
        if (rows.size() > PAGE) {
            var last = rows.get(PAGE - 1);
            return new Page(rows.subList(0, PAGE), new Cursor(last.startsAt(), last.id()));
        }
        return new Page(rows, null);
    }

    /** A member group's events not yet over, soonest first. */
    List<EventRow> ofGroup(long groupId, Instant now, int limit, Locale locale) {
        return db.sql("select " + ROW_COLUMNS + " from events.event e where e.group_id = ? and e.cancelled_at is null and e.ends_at > ?"
                        + " order by e.starts_at, e.id limit ?")
                .params(groupId, Timestamp.from(now), limit)
                .query((row, number) -> row(row, locale))
                .list();
    }

    /** The first events of a day in the month view and how many the day has in all. */
    record DayStart(LocalDate date, List<EventRow> events, int count) {}

    /**
     * The days of a month that have events, in Brussels time, with cancelled ones left out: each
     * with its first {@code shown} events, soonest first, and how many it has. The window numbers the
     * events of every day before their seats are counted, so that only the shown ones are counted.
     */
    List<DayStart> month(YearMonth month, int shown, Filter filter, Locale locale) {
        var from = month.atDay(1).atStartOfDay(EventRules.DEFAULT_ZONE).toInstant();
        var to = month.plusMonths(1).atDay(1).atStartOfDay(EventRules.DEFAULT_ZONE).toInstant();
        var day = "(e.starts_at at time zone '" + EventRules.DEFAULT_ZONE.getId() + "')::date";
        var sql = new StringBuilder("select " + ROW_COLUMNS + """
                , e.day, e.on_day
                from (select e.id, e.title, e.type, e.language, e.starts_at, e.ends_at, e.time_zone, e.office_id, e.town, e.online_url,
                             e.capacity, %1$s as day,
                             row_number() over (partition by %1$s order by e.starts_at, e.id) as place,
                             count(*) over (partition by %1$s) as on_day
                      from events.event e where e.cancelled_at is null and e.starts_at >= ? and e.starts_at < ?""".formatted(day));
        var params = new ArrayList<Object>(List.of(Timestamp.from(from), Timestamp.from(to)));
        where(filter, sql, params);
        sql.append(") e where e.place <= ? order by e.starts_at, e.id");
        params.add(shown);
        var days = new ArrayList<DayStart>();
        db.sql(sql.toString())
                .params(params)
                .query(row -> {
                    var date = row.getObject("day", LocalDate.class);
                    if (days.isEmpty() || !days.get(days.size() - 1).date().equals(date)) {
                        days.add(new DayStart(date, new ArrayList<>(), row.getInt("on_day")));
                    }
                    days.get(days.size() - 1).events().add(row(row, locale));
                });
        return days;
    }

    /** The events starting on the days from {@code first} to before {@code end}, in Brussels time, with cancelled ones left out. */
    List<EventRow> between(LocalDate first, LocalDate end, Filter filter, Locale locale) {
        var from = first.atStartOfDay(EventRules.DEFAULT_ZONE).toInstant();
        var to = end.atStartOfDay(EventRules.DEFAULT_ZONE).toInstant();
        var sql = new StringBuilder("select " + ROW_COLUMNS
                + " from events.event e where e.cancelled_at is null and e.starts_at >= ? and e.starts_at < ?");
        var params = new ArrayList<Object>(List.of(Timestamp.from(from), Timestamp.from(to)));
        where(filter, sql, params);
        sql.append(" order by e.starts_at, e.id");
        return db.sql(sql.toString()).params(params).query((row, number) -> row(row, locale)).list();
    }

    /** The events a member registered for or waits for, from those not yet over. */
    List<MyEvent> registrationsOf(long memberId, Instant now, Locale locale) {
        return db.sql("select " + ROW_COLUMNS + """
                        , m.status from events.registration m join events.event e on e.id = m.event_id
                        where m.member_id = ? and e.ends_at > ? and e.cancelled_at is null
                        order by e.starts_at, e.id""")
                .params(memberId, Timestamp.from(now))
                .query((row, number) -> new MyEvent(row(row, locale), row.getString("status").equals("WAITING")))
                .list();
    }

    Optional<Event> find(long id, Locale locale) {
        return db.sql("""
                        select e.*,
                          (select count(*) from events.registration r where r.event_id = e.id and r.status = 'REGISTERED') as registered,
                          (select count(*) from events.registration r where r.event_id = e.id and r.status = 'WAITING') as waiting
                        from events.event e where e.id = ?""")
                .param(id)
                .query((row, number) -> new Event(
                        row.getLong("id"),
                        row.getString("title"),
                        row.getString("description"),
                        EventType.valueOf(row.getString("type")),
                        row.getString("language"),
                        row.getTimestamp("starts_at").toInstant(),
                        row.getTimestamp("ends_at").toInstant(),
                        ZoneId.of(row.getString("time_zone")),
                        row.getObject("office_id", Long.class),
                        row.getString("town"),
                        row.getString("online_url"),
                        placeName(row.getObject("office_id", Long.class), row.getString("town"), locale),
                        row.getObject("organizer_id", Long.class),
                        row.getObject("capacity", Integer.class),
                        row.getString("question"),
                        row.getTimestamp("cancelled_at") != null,
                        row.getInt("registered"),
                        row.getInt("waiting"),
                        row.getObject("group_id", Long.class),
                        row.getObject("series_id", Long.class)))
                .optional();
    }

    /** The registration of a member for an event: {@code REGISTERED}, {@code WAITING} or empty. */
    Optional<String> statusOf(long eventId, long memberId) {
        return db.sql("select status from events.registration where event_id = ? and member_id = ?")
                .params(eventId, memberId)
                .query(String.class)
                .optional();
    }

    /** A member's place on the waiting list, 1 for the next to get a seat. */
    int waitingPosition(long eventId, long memberId) {
        return db.sql("""
                        select count(*) from events.registration w
                        where w.event_id = ? and w.status = 'WAITING'
                          and w.id <= (select id from events.registration where event_id = ? and member_id = ?)""")
                .params(eventId, eventId, memberId)
                .query(Integer.class)
                .single();
    }

    private static void where(Filter filter, StringBuilder sql, List<Object> params) {
        if (filter.type() != null) {
            sql.append(" and e.type = ?");
            params.add(filter.type().name());
        }
        if (filter.officeId() != null) {
            sql.append(" and e.office_id = ?");
            params.add(filter.officeId());
        }
        if (filter.language() != null) {
            sql.append(" and e.language = ?");
            params.add(filter.language());
        }
        if (filter.groupId() != null) {
            sql.append(" and e.group_id = ?");
            params.add(filter.groupId());
        }
        if (filter.town() != null) {
            sql.append(" and lower(e.town) = lower(?)");
            params.add(filter.town());
        }
        hidingGroups(filter.hiddenGroups(), sql);
    }

    /**
     * Leaves out the events of the given member groups. The ids are written into the statement as
     * a constant array: PostgreSQL checks {@code = any} of a constant through a hash table, but
     * compares every row with every element of a bound array, which cost tens of milliseconds per
     * page with a few hundred closed groups. They are numbers, so nothing can be injected.
     */
    static void hidingGroups(Set<Long> hiddenGroups, StringBuilder sql) {
        if (!hiddenGroups.isEmpty()) {
            sql.append(" and not (coalesce(e.group_id, -1) = any ('").append(array(hiddenGroups)).append("'::bigint[]))");
        }
    }

    /** The towns of the events not yet over that the reader may see, for the filter. */
    List<String> towns(Instant now, Set<Long> hiddenGroups) {
        var sql = new StringBuilder("select distinct e.town from events.event e where e.cancelled_at is null and e.ends_at > ? and e.town is not null");
        var params = new ArrayList<Object>(List.of(Timestamp.from(now)));
        hidingGroups(hiddenGroups, sql);
        sql.append(" order by e.town limit 200");
        return db.sql(sql.toString()).params(params).query(String.class).list();
    }

    /** The member groups with events not yet over that the reader may see, for the filter. */
    List<Long> groupsWithEvents(Instant now, Set<Long> hiddenGroups) {
        var sql = new StringBuilder(
                "select distinct e.group_id from events.event e where e.cancelled_at is null and e.ends_at > ? and e.group_id is not null");
        var params = new ArrayList<Object>(List.of(Timestamp.from(now)));
        hidingGroups(hiddenGroups, sql);
        sql.append(" limit 200");
        return db.sql(sql.toString()).params(params).query(Long.class).list();
    }

    /** Ids as a PostgreSQL array literal, for {@code ?::bigint[]}. */
    static String array(Set<Long> ids) {
        return "{" + String.join(",", ids.stream().map(String::valueOf).toList()) + "}";
    }

    /** The other dates of a series not yet over, with their seats taken. */
    List<EventRow> seriesDates(long seriesId, long exceptEventId, Instant now, Locale locale) {
        return db.sql("select " + ROW_COLUMNS + """
                         from events.event e where e.series_id = ? and e.id <> ? and e.cancelled_at is null and e.ends_at > ?
                        order by e.starts_at, e.id""")
                .params(seriesId, exceptEventId, Timestamp.from(now))
                .query((row, number) -> row(row, locale))
                .list();
    }

    private EventRow row(ResultSet row, Locale locale) throws SQLException {
        return new EventRow(
                row.getLong("id"),
                row.getString("title"),
                EventType.valueOf(row.getString("type")),
                row.getString("language"),
                row.getTimestamp("starts_at").toInstant(),
                row.getTimestamp("ends_at").toInstant(),
                ZoneId.of(row.getString("time_zone")),
                placeName(row.getObject("office_id", Long.class), row.getString("town"), locale),
                row.getBoolean("online"),
                row.getObject("capacity", Integer.class),
                row.getInt("registered"));
    }

    private String placeName(@Nullable Long officeId, @Nullable String town, Locale locale) {
        if (officeId != null) {
            return offices.find(officeId).map(office -> office.name(locale)).orElse("");
        }
        return town == null ? "" : town;
    }

    /** Days of a month that have events, in order, for the month view. */
    static List<AgendaDay> byDay(List<EventRow> events) {
        var days = new ArrayList<AgendaDay>();
        for (var event : events) {
            var date = event.startsAt().atZone(EventRules.DEFAULT_ZONE).toLocalDate();
            if (days.isEmpty() || !days.get(days.size() - 1).date().equals(date)) {
                days.add(new AgendaDay(date, new ArrayList<>()));
            }
            days.get(days.size() - 1).events().add(event);
        }
        return days;
    }
}
