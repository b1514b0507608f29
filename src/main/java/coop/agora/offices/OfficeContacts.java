package coop.agora.offices;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How to reach each office and the cooperative's services: addresses, phone numbers and menu,
 * hours and closures, and whether an office is open now. The time comes from a {@link Clock} bean
 * when there is one, so that "open now" can be checked at any chosen moment.
 */
@Service
public class OfficeContacts {

    /** How far ahead the days off of an office are listed. */
    static final int DAYS_OFF_AHEAD = 60;

    private final JdbcClient db;
    private final Offices offices;
    private final OfficeCalendar calendar;
    private final Clock clock;

    OfficeContacts(JdbcClient db, Offices offices, OfficeCalendar calendar, ObjectProvider<Clock> clock) {
        this.db = db;
        this.offices = offices;
        this.calendar = calendar;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    public List<CoopService> services() {
        return db.sql("""
                        select id, slug, name_fr, name_nl, name_en, handles_fr, handles_nl, handles_en, email, position
                        from offices.service order by position""")
                .query(CoopService.class).list();
    }

    public Optional<OfficeContact> contact(long officeId) {
        return db.sql("select office_id, street, postcode, city, map_url, phone, email from offices.office_contact where office_id = ?")
                .param(officeId).query(OfficeContact.class).optional();
    }

    public List<MenuOption> menu(long officeId) {
        return db.sql("select key, service_id from offices.phone_menu where office_id = ? order by key")
                .param(officeId).query(MenuOption.class).list();
    }

    public OpenStatus status(long officeId, Instant at) {
        var office = offices.find(officeId).orElseThrow();
        if (calendar.isOpen(officeId, at)) {
            return new OpenStatus(true, null, false);
        }
        var next = calendar.nextOpening(officeId, at).orElse(null);
        return new OpenStatus(false, next, next != null && next.toLocalDate().equals(at.atZone(office.timeZone()).toLocalDate()));
    }

    /** An office's page as of now. */
    public Optional<OfficePage> page(long officeId) {
        var office = offices.find(officeId);
        var contact = contact(officeId);
        if (office.isEmpty() || contact.isEmpty()) {
            return Optional.empty();
        }
        var now = clock.instant();
        var today = LocalDate.ofInstant(now, office.get().timeZone());
        return Optional.of(new OfficePage(office.get(), contact.get(), calendar.weeklyHours(officeId), status(officeId, now),
                calendar.daysOff(officeId, today, today.plusDays(DAYS_OFF_AHEAD)), menu(officeId)));
    }

    @Transactional
    void updateContact(OfficeContact contact) {
        db.sql("""
                        insert into offices.office_contact (office_id, street, postcode, city, map_url, phone, email) values (?, ?, ?, ?, ?, ?, ?)
                        on conflict (office_id) do update set street = excluded.street, postcode = excluded.postcode, city = excluded.city,
                          map_url = excluded.map_url, phone = excluded.phone, email = excluded.email""")
                .params(contact.officeId(), contact.street(), contact.postcode(), contact.city(), contact.mapUrl(), contact.phone(), contact.email())
                .update();
    }

    /** Adds a period unless it overlaps another one of the same day; the database lock keeps two admins from both adding. */
    @Transactional
    boolean addPeriod(long officeId, DayOfWeek day, LocalTime opens, LocalTime closes) {
        db.sql("select id from offices.office where id = ? for update").param(officeId).query(Long.class).single();
        var clash = db.sql("""
                        select count(*) from offices.opening_period
                        where office_id = ? and day_of_week = ? and opens < ? and ? < closes""")
                .params(officeId, day.getValue(), closes, opens).query(Long.class).single();
        if (clash > 0) {
            return false;
        }
        db.sql("insert into offices.opening_period (office_id, day_of_week, opens, closes) values (?, ?, ?, ?)")
                .params(officeId, day.getValue(), opens, closes).update();
        calendar.forget();
        return true;
    }

    @Transactional
    void removePeriod(long officeId, DayOfWeek day, LocalTime opens) {
        db.sql("delete from offices.opening_period where office_id = ? and day_of_week = ? and opens = ?")
                .params(officeId, day.getValue(), opens).update();
        calendar.forget();
    }

    @Transactional
    void addClosure(long officeId, LocalDate day, String nameFr, String nameNl, String nameEn) {
        db.sql("""
                        insert into offices.closure (office_id, day, name_fr, name_nl, name_en) values (?, ?, ?, ?, ?)
                        on conflict (office_id, day) do update set name_fr = excluded.name_fr, name_nl = excluded.name_nl, name_en = excluded.name_en""")
                .params(officeId, day, nameFr, nameNl, nameEn).update();
        calendar.forget();
    }

    @Transactional
    void removeClosure(long officeId, LocalDate day) {
        db.sql("delete from offices.closure where office_id = ? and day = ?").params(officeId, day).update();
        calendar.forget();
    }

    /** Leads a key to a service; the service leaves the key it had before. */
    @Transactional
    void setMenuKey(long officeId, int key, long serviceId) {
        db.sql("delete from offices.phone_menu where office_id = ? and (key = ? or service_id = ?)").params(officeId, key, serviceId).update();
        db.sql("insert into offices.phone_menu (office_id, key, service_id) values (?, ?, ?)").params(officeId, key, serviceId).update();
    }

    @Transactional
    void removeMenuKey(long officeId, int key) {
        db.sql("delete from offices.phone_menu where office_id = ? and key = ?").params(officeId, key).update();
    }

    List<DayOff> closures(long officeId) {
        return db.sql("select day, name_fr, name_nl, name_en from offices.closure where office_id = ? and day >= current_date order by day")
                .param(officeId)
                .query((row, n) -> new DayOff(row.getDate("day").toLocalDate(), DayOff.Kind.CLOSURE, row.getString("name_fr"),
                        row.getString("name_nl"), row.getString("name_en")))
                .list();
    }
}
