package coop.agora.events;

import coop.agora.offices.Offices;
import coop.agora.platform.PlatformSettings;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.validate.ValidationException;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Calendar files (RFC 5545) for calendar applications: the public agenda, an office's agenda, one
 * event, and a member's own events. Start and end carry the event's time zone, described once per
 * file, so that calendars show the local time of the place even across a change to summer time.
 */
@Component
class CalendarFeeds {

    /** Past events kept in feeds, so that a calendar does not drop last week's event at once. */
    static final Duration KEPT = Duration.ofDays(30);
    static final int MAX_EVENTS = 1_000;
    private static final DateTimeFormatter LOCAL_TIME = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss", Locale.ROOT);

    private final JdbcClient db;
    private final Offices offices;
    private final PlatformSettings settings;
    private final TimeZoneRegistry zones = TimeZoneRegistryFactory.getInstance().createRegistry();
    private final String host;

    CalendarFeeds(JdbcClient db, Offices offices, PlatformSettings settings) {
        this.db = db;
        this.offices = offices;
        this.settings = settings;
        var baseHost = settings.baseUrl().getHost();
        this.host = baseHost == null ? "agora" : baseHost;
    }

    private record FeedEvent(
            long id, String title, String description, Instant startsAt, Instant endsAt, ZoneId zone, @Nullable Long officeId,
            @Nullable String town, @Nullable String onlineUrl, boolean cancelled, Instant createdAt, boolean waiting) {}

    private static final String COLUMNS = """
            e.id, e.title, e.description, e.starts_at, e.ends_at, e.time_zone, e.office_id, e.town, e.online_url,
            e.cancelled_at is not null as cancelled, e.created_at""";

    /** The agenda, but for the events of member groups that keep them among their members. */
    String everything(Instant now, Set<Long> hiddenGroups, Locale locale) {
        var sql = new StringBuilder("select " + COLUMNS + ", false as waiting from events.event e where e.cancelled_at is null and e.ends_at > ?");
        var params = new ArrayList<Object>(List.of(Timestamp.from(now.minus(KEPT))));
        EventReads.hidingGroups(hiddenGroups, sql);
        sql.append(" order by e.starts_at, e.id limit " + MAX_EVENTS);
        return write(db.sql(sql.toString()).params(params).query((row, number) -> row(row)).list(), false, locale);
    }

    /** An office's agenda, but for the events of member groups that keep them among their members. */
    String office(long officeId, Instant now, Set<Long> hiddenGroups, Locale locale) {
        var sql = new StringBuilder(
                "select " + COLUMNS + ", false as waiting from events.event e where e.office_id = ? and e.cancelled_at is null and e.ends_at > ?");
        var params = new ArrayList<Object>(List.of(officeId, Timestamp.from(now.minus(KEPT))));
        EventReads.hidingGroups(hiddenGroups, sql);
        sql.append(" order by e.starts_at, e.id limit " + MAX_EVENTS);
        return write(db.sql(sql.toString()).params(params).query((row, number) -> row(row)).list(), false, locale);
    }

    /** A member group's events. */
    String group(long groupId, Instant now, Locale locale) {
        return write(db.sql("select " + COLUMNS + ", false as waiting from events.event e "
                        + "where e.group_id = ? and e.cancelled_at is null and e.ends_at > ? order by e.starts_at, e.id limit " + MAX_EVENTS)
                .params(groupId, Timestamp.from(now.minus(KEPT)))
                .query((row, number) -> row(row))
                .list(), false, locale);
    }

    /** One event, for "add to calendar"; the online link only for those who may see it. */
    String one(long eventId, boolean withLink, Locale locale) {
        return write(db.sql("select " + COLUMNS + ", false as waiting from events.event e where e.id = ?")
                .param(eventId)
                .query((row, number) -> row(row))
                .list(), withLink, locale);
    }

    /** A member's registrations, cancelled ones included so that calendars remove them. */
    String member(long memberId, Instant now, Locale locale) {
        return write(db.sql("select " + COLUMNS + """
                        , r.status = 'WAITING' as waiting from events.registration r join events.event e on e.id = r.event_id
                        where r.member_id = ? and e.ends_at > ? order by e.starts_at, e.id limit """ + " " + MAX_EVENTS)
                .params(memberId, Timestamp.from(now.minus(KEPT)))
                .query((row, number) -> row(row))
                .list(), true, locale);
    }

    private String write(List<FeedEvent> events, boolean withLinks, Locale locale) {
        var calendar = new Calendar();
        calendar.add(new ProdId("-//Agora//Events//" + locale.getLanguage().toUpperCase(Locale.ROOT)));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(ImmutableMethod.PUBLISH);
        var used = new LinkedHashSet<String>();
        for (var event : events) {
            used.add(event.zone().getId());
        }
        for (var zone : used) {
            calendar.add(zones.getTimeZone(zone).getVTimeZone());
        }
        for (var event : events) {
            calendar.add(vevent(event, withLinks, locale));
        }
        var out = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ValidationException e) {
            throw new IllegalStateException("Invalid calendar", e);
        }
        return out.toString();
    }

    private VEvent vevent(FeedEvent event, boolean withLinks, Locale locale) {
        // Without the stamp of the current time that ical4j would add: DTSTAMP may occur only once.
        var vevent = new VEvent(false);
        vevent.add(start(event.startsAt().atZone(event.zone())));
        vevent.add(end(event.endsAt().atZone(event.zone())));
        vevent.add(new Summary(event.title()));
        vevent.add(new Uid("event-" + event.id() + "@" + host));
        vevent.add(new DtStamp(event.createdAt()));
        vevent.add(new Description(event.description()));
        vevent.add(new Url(URI.create(settings.link("/events/" + event.id()))));
        var location = location(event, withLinks, locale);
        if (location != null) {
            vevent.add(new Location(location));
        }
        vevent.add(event.cancelled() ? ImmutableStatus.VEVENT_CANCELLED
                : event.waiting() ? ImmutableStatus.VEVENT_TENTATIVE : ImmutableStatus.VEVENT_CONFIRMED);
        return vevent;
    }

    /*
     * ical4j writes a time with a TZID by looking the zone up again from its name, and that lookup
     * copies the list of every zone the JDK knows: for a feed of 500 events it was most of the time
     * spent. The local time is written here once, in the form RFC 5545 gives, next to the same TZID.
     */
    private static DtStart<ZonedDateTime> start(ZonedDateTime at) {
        var localTime = LOCAL_TIME.format(at);
        return new DtStart<>(at) {
            @Override
            public String getValue() {
                return localTime;
            }
        };
    }

    private static DtEnd<ZonedDateTime> end(ZonedDateTime at) {
        var localTime = LOCAL_TIME.format(at);
        return new DtEnd<>(at) {
            @Override
            public String getValue() {
                return localTime;
            }
        };
    }

    private @Nullable String location(FeedEvent event, boolean withLinks, Locale locale) {
        if (event.officeId() != null) {
            return offices.find(event.officeId()).map(office -> office.name(locale)).orElse(null);
        }
        if (event.town() != null) {
            return event.town();
        }
        return withLinks && !event.waiting() ? event.onlineUrl() : null;
    }

    private static FeedEvent row(ResultSet row) throws SQLException {
        return new FeedEvent(
                row.getLong("id"),
                row.getString("title"),
                row.getString("description"),
                row.getTimestamp("starts_at").toInstant(),
                row.getTimestamp("ends_at").toInstant(),
                ZoneId.of(row.getString("time_zone")),
                row.getObject("office_id", Long.class),
                row.getString("town"),
                row.getString("online_url"),
                row.getBoolean("cancelled"),
                row.getTimestamp("created_at").toInstant(),
                row.getBoolean("waiting"));
    }
}
