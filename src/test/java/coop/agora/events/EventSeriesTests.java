package coop.agora.events;

import static coop.agora.events.EventFixtures.fields;
import static coop.agora.events.EventFixtures.signedIn;
import static coop.agora.events.EventFixtures.title;
import static org.assertj.core.api.Assertions.assertThat;

import coop.agora.AgoraIntegrationTest;
import coop.agora.Visitor;
import java.io.StringReader;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** Repeating events: a series of dates, each an event of its own for registration, views and calendar feeds. */
@AgoraIntegrationTest
class EventSeriesTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient db;

    /** The Tuesday three weeks from now (or later), so that every date of the test series lies ahead. */
    private static LocalDate firstTuesday() {
        return LocalDate.now(EventRules.DEFAULT_ZONE).plusWeeks(3).with(TemporalAdjusters.next(DayOfWeek.TUESDAY));
    }

    /** A weekly series of four Tuesdays at 18:00 in Brussels, the second skipped, with the given changes to its fields. */
    private static String[] weekly(String title, LocalDate first, String... changes) {
        var all = new ArrayList<>(List.of(fields(title, Stream.concat(Stream.of(
                "start", first + "T18:00", "end", first + "T20:00", "capacity", "1"), Stream.of(changes)).toArray(String[]::new))));
        all.addAll(List.of("repeats", "WEEKLY", "every", "1", "until", "", "count", "4", "skip", first.plusWeeks(1).toString()));
        return all.toArray(String[]::new);
    }

    private List<Long> datesOf(String title) {
        return db.sql("select id from events.event where title = ? order by starts_at").param(title).query(Long.class).list();
    }

    private LocalDateTime startOf(long id) {
        return db.sql("select starts_at from events.event where id = ?").param(id).query(java.sql.Timestamp.class).single().toInstant()
                .atZone(EventRules.DEFAULT_ZONE).toLocalDateTime();
    }

    private static String week(LocalDate day) {
        return String.format("%d-W%02d", day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    @Test
    void aWeeklySeriesCreatesOneEventPerDateButTheSkippedOne() throws Exception {
        var title = title("Permanence du mardi");
        var first = firstTuesday();

        var created = signedIn(mvc, "advisor@agora.example").post("/events", weekly(title, first));

        assertThat(created).hasStatus3xxRedirection();
        var dates = datesOf(title);
        assertThat(dates).hasSize(3);
        assertThat(created.getResponse().getRedirectedUrl()).isEqualTo("/events/" + dates.get(0));
        assertThat(dates.stream().map(this::startOf)).containsExactly(
                first.atTime(18, 0), first.plusWeeks(2).atTime(18, 0), first.plusWeeks(3).atTime(18, 0));
        assertThat(new Visitor(mvc).get("/events/" + dates.get(0)).getResponse().getContentAsString())
                .contains("Autres dates de la série", "/events/" + dates.get(1), "/events/" + dates.get(2));
    }

    @Test
    void aSeriesBeyondTheCapIsRefusedWithTheCapStatedAndNothingSaved() throws Exception {
        var title = title("Atelier sans fin");
        var series = db.sql("select count(*) from events.event_series").query(Long.class).single();
        var form = weekly(title, firstTuesday());
        form[List.of(form).indexOf("count") + 1] = "60";
        form[List.of(form).indexOf("skip") + 1] = "";

        var refused = signedIn(mvc, "advisor@agora.example").post("/events", form);

        assertThat(refused).hasStatus(422);
        assertThat(refused.getResponse().getContentAsString()).contains("hoogstens 52 data, alle binnen twee jaar");
        assertThat(datesOf(title)).isEmpty();
        assertThat(db.sql("select count(*) from events.event_series").query(Long.class).single()).isEqualTo(series);
    }

    @Test
    void eachDateHasItsOwnSeatsAndWaitingList() {
        var title = title("Café-emploi");
        signedIn(mvc, "advisor@agora.example").post("/events", weekly(title, firstTuesday()));
        var dates = datesOf(title);
        var thomas = signedIn(mvc, "thomas.leroy@agora.example");
        var ines = signedIn(mvc, "ines.dubois@agora.example");

        thomas.post("/events/" + dates.get(0) + "/register");
        ines.post("/events/" + dates.get(1) + "/register");
        ines.post("/events/" + dates.get(0) + "/register");

        assertThat(db.sql("select event_id, status from events.registration where event_id in (?, ?) order by id")
                .params(dates.get(0), dates.get(1))
                .query((row, number) -> row.getLong("event_id") + " " + row.getString("status"))
                .list()).containsExactly(dates.get(0) + " REGISTERED", dates.get(1) + " REGISTERED", dates.get(0) + " WAITING");
    }

    @Test
    void theFeedHoldsEveryDateAsItsOwnEventAndDropsACancelledOne() throws Exception {
        var title = title("Petit-déjeuner mensuel");
        var first = firstTuesday();
        var organizer = signedIn(mvc, "advisor@agora.example");
        organizer.post("/events", weekly(title, first));
        var dates = datesOf(title);

        organizer.post("/events/" + dates.get(1) + "/cancel");

        var feed = new CalendarBuilder().build(new StringReader(new Visitor(mvc).get("/events.ics").getResponse().getContentAsString()));
        List<VEvent> events = feed.getComponents("VEVENT");
        var ours = events.stream().filter(event -> event.getSummary().getValue().equals(title)).toList();
        assertThat(ours).hasSize(2);
        assertThat(ours.stream().map(event -> ZonedDateTime.from(event.getDateTimeStart().getDate()).toLocalDateTime()))
                .containsExactlyInAnyOrder(first.atTime(18, 0), first.plusWeeks(3).atTime(18, 0));
        assertThat(ours.stream().map(event -> event.getUid().orElseThrow().getValue()).distinct()).hasSize(2);
        assertThat(new Visitor(mvc).get("/events/" + dates.get(0)).getResponse().getContentAsString())
                .doesNotContain("/events/" + dates.get(1) + "\"");
    }

    @Test
    void editingADateChangesItAndTheFollowingDatesEachOnItsOwnDay() throws Exception {
        var title = title("Permanence");
        var first = firstTuesday();
        var organizer = signedIn(mvc, "advisor@agora.example");
        organizer.post("/events", weekly(title, first));
        var dates = datesOf(title);
        var second = first.plusWeeks(2);

        var edited = organizer.post("/events/" + dates.get(1) + "/edit",
                fields(title + " (nouvel horaire)", "start", second + "T17:00", "end", second + "T19:30", "capacity", "1"));

        assertThat(edited).hasStatus3xxRedirection();
        assertThat(db.sql("select title from events.event where id = ?").param(dates.get(0)).query(String.class).single()).isEqualTo(title);
        assertThat(datesOf(title + " (nouvel horaire)")).containsExactly(dates.get(1), dates.get(2));
        assertThat(startOf(dates.get(2))).isEqualTo(first.plusWeeks(3).atTime(17, 0));
        assertThat(signedIn(mvc, "advisor@agora.example").get("/events/" + dates.get(1) + "/edit").getResponse().getContentAsString())
                .contains("gelden ook voor de volgende data van de reeks");
    }

    @Test
    void theWeekViewHasADayHeadingPerDayLinksToTheNextAndPreviousWeekAndTheFilters() throws Exception {
        var title = title("Rencontre à Namur");
        var first = firstTuesday();
        signedIn(mvc, "advisor@agora.example").post("/events", weekly(title, first, "place", "town", "town", "Namur"));

        var page = new Visitor(mvc).get("/events/week?week=" + week(first) + "&town=Namur").getResponse().getContentAsString();

        assertThat(page).contains(title, "id=\"day-" + first.with(DayOfWeek.MONDAY) + "\"", "id=\"day-" + first.with(DayOfWeek.SUNDAY) + "\"",
                "/events/week?week=" + week(first.plusWeeks(1)), "/events/week?week=" + week(first.minusWeeks(1)),
                "name=\"town\"", "name=\"group\"");
        assertThat(new Visitor(mvc).get("/events/week?week=" + week(first) + "&town=Mons").getResponse().getContentAsString())
                .doesNotContain(title);
        assertThat(new Visitor(mvc).get("/events/month?month=" + first.toString().substring(0, 7) + "&town=Mons").getResponse()
                .getContentAsString()).doesNotContain(title);
        assertThat(new Visitor(mvc).get("/events?town=namur").getResponse().getContentAsString()).contains(title);
        assertThat(new Visitor(mvc).get("/events?town=Mons").getResponse().getContentAsString()).doesNotContain(title);
    }

    @Test
    void theDemoHasRepeatingEventsInFrenchAndDutchOneWithASkippedWeek() {
        var series = db.sql("""
                        select e.language, count(*) as dates, cardinality(s.skipped) as skipped
                        from events.event e join events.event_series s on s.id = e.series_id
                        where e.title in ('Permanence : vos questions sur la facturation et le statut', 'Welkomstontbijt voor nieuwe leden')
                        group by e.language, s.skipped order by e.language""")
                .query((row, number) -> row.getString("language") + " " + row.getInt("dates") + " " + row.getInt("skipped"))
                .list();

        assertThat(series).containsExactly("fr 9 1", "nl 6 0");
    }
}
