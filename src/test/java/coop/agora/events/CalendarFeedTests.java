package coop.agora.events;

import static coop.agora.events.EventFixtures.create;
import static coop.agora.events.EventFixtures.signedIn;
import static coop.agora.events.EventFixtures.title;
import static org.assertj.core.api.Assertions.assertThat;

import coop.agora.AgoraIntegrationTest;
import coop.agora.Visitor;
import java.io.StringReader;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.regex.Pattern;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStart;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** The calendar files, read back as a calendar application reads them. */
@AgoraIntegrationTest
class CalendarFeedTests {

    private static final Pattern FEED = Pattern.compile("/events/feed/[A-Za-z0-9_-]+\\.ics");

    @Autowired
    MockMvcTester mvc;

    private static Calendar parse(String body) throws Exception {
        return new CalendarBuilder().build(new StringReader(body));
    }

    private static VEvent event(Calendar calendar, long id) {
        List<VEvent> events = calendar.getComponents("VEVENT");
        return events.stream()
                .filter(e -> e.getUid().orElseThrow().getValue().startsWith("event-" + id + "@"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("event " + id + " is not in the feed"));
    }

    private static String value(VEvent event, String property) {
        return event.getProperty(property).map(Property::getValue).orElseThrow();
    }

    @Test
    void thePublicFeedHoldsEventsWithTheirTimeZone() throws Exception {
        var title = title("Afterwork à Lyon");
        var id = create(signedIn(mvc, "advisor@agora.example"), title, "office", "11", "start", "2030-06-14T18:30", "end", "2030-06-14T20:30");

        var response = new Visitor(mvc).get("/events.ics").getResponse();

        assertThat(response.getContentType()).startsWith("text/calendar");
        var event = event(parse(response.getContentAsString()), id);
        assertThat(value(event, Property.SUMMARY)).isEqualTo(title);
        DtStart<Temporal> start = event.getDateTimeStart();
        assertThat(start.getParameter("TZID").map(p -> p.getValue())).hasValue("Europe/Paris");
        assertThat(ZonedDateTime.from(start.getDate()).toLocalDateTime()).hasToString("2030-06-14T18:30");
        assertThat(ZonedDateTime.from(start.getDate()).toInstant())
                .isEqualTo(ZonedDateTime.of(2030, 6, 14, 18, 30, 0, 0, ZoneId.of("Europe/Paris")).toInstant());
    }

    @Test
    void anEventInWinterKeepsTheLocalTimesOfItsPlaceAndIsStampedOnce() throws Exception {
        var id = create(signedIn(mvc, "advisor@agora.example"), title("Vœux à Bruxelles"), "office", "1",
                "start", "2030-12-14T18:30", "end", "2030-12-14T21:00");

        var event = event(parse(new Visitor(mvc).get("/events/" + id + ".ics").getResponse().getContentAsString()), id);

        DtStart<Temporal> start = event.getDateTimeStart();
        DtEnd<Temporal> end = event.getDateTimeEnd();
        assertThat(start.getParameter("TZID").map(p -> p.getValue())).hasValue("Europe/Brussels");
        assertThat(ZonedDateTime.from(start.getDate()).toInstant())
                .isEqualTo(ZonedDateTime.of(2030, 12, 14, 18, 30, 0, 0, ZoneId.of("Europe/Brussels")).toInstant());
        assertThat(ZonedDateTime.from(end.getDate()).toInstant())
                .isEqualTo(ZonedDateTime.of(2030, 12, 14, 21, 0, 0, 0, ZoneId.of("Europe/Brussels")).toInstant());
        assertThat(event.getProperties(Property.DTSTAMP)).hasSize(1);
    }

    @Test
    void aNewRegistrationAppearsAtOnceInThePrivateFeed() throws Exception {
        var advisor = signedIn(mvc, "advisor@agora.example");
        var first = create(advisor, title("Café des membres"));
        var second = create(advisor, title("Atelier devis"));
        var member = signedIn(mvc, "ines.dubois@agora.example");
        member.post("/events/" + first + "/register");
        member.post("/events/mine/feed");
        var feed = feedOf(member);
        event(parse(new Visitor(mvc).get(feed).getResponse().getContentAsString()), first);

        member.post("/events/" + second + "/register");

        event(parse(new Visitor(mvc).get(feed).getResponse().getContentAsString()), second);
    }

    @Test
    void anOfficeFeedHoldsOnlyThatOfficesEvents() throws Exception {
        var advisor = signedIn(mvc, "advisor@agora.example");
        var ghent = create(advisor, title("Netwerken in Gent"), "office", "6", "language", "nl");
        var namur = create(advisor, title("Réseau à Namur"), "office", "5");

        var calendar = parse(new Visitor(mvc).get("/events/offices/6.ics").getResponse().getContentAsString());

        assertThat(value(event(calendar, ghent), Property.LOCATION)).isEqualTo("Gand");
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertThat(events).noneMatch(e -> e.getUid().orElseThrow().getValue().startsWith("event-" + namur + "@"));
    }

    @Test
    void oneEventCanBeAddedToACalendar() throws Exception {
        var title = title("Assemblée");
        var id = create(signedIn(mvc, "admin@agora.example"), title, "type", "ASSEMBLY");

        var response = new Visitor(mvc).get("/events/" + id + ".ics").getResponse();

        assertThat(value(event(parse(response.getContentAsString()), id), Property.SUMMARY)).isEqualTo(title);
    }

    @Test
    void aMembersPrivateFeedHoldsTheirRegistrationsAndANewSecretRetiresTheOldAddress() throws Exception {
        var title = title("Atelier facturation");
        var id = create(signedIn(mvc, "advisor@agora.example"), title, "type", "TOOL_TRAINING", "place", "online", "office", "",
                "onlineUrl", "https://visio.example.org/factures");
        var member = signedIn(mvc, "ines.dubois@agora.example");
        member.post("/events/" + id + "/register");
        member.post("/events/mine/feed");
        var oldFeed = feedOf(member);

        var event = event(parse(new Visitor(mvc).get(oldFeed).getResponse().getContentAsString()), id);
        assertThat(value(event, Property.SUMMARY)).isEqualTo(title);
        assertThat(value(event, Property.LOCATION)).isEqualTo("https://visio.example.org/factures");

        member.post("/events/mine/feed");
        var newFeed = feedOf(member);
        assertThat(newFeed).isNotEqualTo(oldFeed);
        assertThat(new Visitor(mvc).get(oldFeed).getResponse().getStatus()).isEqualTo(404);
        assertThat(new Visitor(mvc).get(newFeed).getResponse().getStatus()).isEqualTo(200);
    }

    private static String feedOf(Visitor member) throws Exception {
        var matcher = FEED.matcher(member.get("/events/mine").getResponse().getContentAsString());
        assertThat(matcher.find()).as("a private feed address on the page").isTrue();
        return matcher.group();
    }
}
