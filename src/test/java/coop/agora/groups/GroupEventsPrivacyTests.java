package coop.agora.groups;

import coop.agora.NewMembers;
import static org.assertj.core.api.Assertions.assertThat;

import coop.agora.AgoraIntegrationTest;
import coop.agora.Visitor;
import java.time.LocalDateTime;
import java.time.YearMonth;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * The events of a group joined on request or by invitation stay among its members: no list, month,
 * week, public or office calendar feed, group page, event page or registration shows them to anyone else. An open group's events
 * are public.
 */
@AgoraIntegrationTest
class GroupEventsPrivacyTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient db;

    GroupTesting testing;

    @BeforeEach
    void setUp() {
        testing = new GroupTesting(mvc, db);
    }

    private record Planned(long groupId, long eventId, String title, LocalDateTime start, NewMembers.Member organizer) {}

    /** A group with the given way of joining and one event of it in Liège, twelve days from now. */
    private Planned plannedIn(String joining) {
        var organizer = testing.member("Orga " + joining);
        var groupId = testing.approved(organizer, GroupTesting.unique("Cercle " + joining), joining);
        var start = LocalDateTime.now().plusDays(12).withHour(19).withMinute(0).withSecond(0).withNano(0);
        var title = GroupTesting.unique("Réunion " + joining);
        var created = organizer.visitor().post("/events", "group", String.valueOf(groupId), "title", title, "description", "Entre nous.",
                "type", "MEMBER_EVENT", "language", "fr", "start", start.toString(), "end", start.plusHours(2).toString(), "place", "town",
                "town", "Liège");
        assertThat(created).hasStatus3xxRedirection();
        var location = created.getResponse().getRedirectedUrl();
        return new Planned(groupId, Long.parseLong(location.substring(location.lastIndexOf('/') + 1)), title, start, organizer);
    }

    /** Another event of the same group, at another place; gives its title. */
    private static String planAt(Planned planned, String place, String office) {
        var title = GroupTesting.unique("Permanence du groupe");
        var created = planned.organizer().visitor().post("/events", "group", String.valueOf(planned.groupId()), "title", title,
                "description", "Au bureau.", "type", "MEMBER_EVENT", "language", "fr", "start", planned.start().toString(),
                "end", planned.start().plusHours(1).toString(), "place", place, "office", office);
        assertThat(created).hasStatus3xxRedirection();
        return title;
    }

    private static String body(Visitor visitor, String path) throws Exception {
        return visitor.get(path).getResponse().getContentAsString();
    }

    private static String week(LocalDateTime day) {
        return String.format("%d-W%02d", day.get(java.time.temporal.IsoFields.WEEK_BASED_YEAR),
                day.get(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    @Test
    void eventsOfGroupsOnRequestOrByInvitationAreHiddenFromEveryoneOutsideTheGroup() throws Exception {
        for (var joining : new String[] {"REQUEST", "INVITATION"}) {
            var planned = plannedIn(joining);
            var outsider = testing.member("Curieuse").visitor();
            var visitor = new Visitor(mvc);
            var month = "/events/month?month=" + YearMonth.from(planned.start()) + "&town=Liège";
            var week = "/events/week?week=" + week(planned.start());

            for (var stranger : new Visitor[] {outsider, visitor}) {
                assertThat(body(stranger, "/events?town=Liège")).doesNotContain(planned.title());
                assertThat(body(stranger, month)).doesNotContain(planned.title());
                assertThat(body(stranger, week)).doesNotContain(planned.title());
                assertThat(body(stranger, "/events.ics")).doesNotContain(planned.title());
                assertThat(stranger.get("/events/" + planned.eventId())).hasStatus(404);
                assertThat(stranger.get("/events/" + planned.eventId() + ".ics")).hasStatus(404);
                assertThat(stranger.get("/events/groups/" + planned.groupId() + ".ics")).hasStatus(404);
            }
            assertThat(body(outsider, "/groups/" + planned.groupId())).doesNotContain(planned.title());
            var atTheOffice = planAt(planned, "office", "1");
            assertThat(body(visitor, "/events/offices/1.ics")).doesNotContain(atTheOffice);
            assertThat(body(outsider, "/events/offices/1.ics")).doesNotContain(atTheOffice);
            assertThat(body(planned.organizer().visitor(), "/events/offices/1.ics")).contains(atTheOffice);
            assertThat(outsider.post("/events/" + planned.eventId() + "/register")).hasStatus(404);
            assertThat(db.sql("select count(*) from events.registration where event_id = ?").param(planned.eventId()).query(Long.class).single())
                    .isZero();

            var insider = planned.organizer().visitor();
            assertThat(body(insider, "/events?town=Liège")).contains(planned.title());
            assertThat(body(insider, month)).contains(planned.title());
            assertThat(body(insider, week)).contains(planned.title());
            assertThat(body(insider, "/events/" + planned.eventId())).contains(planned.title());
            assertThat(body(insider, "/events/groups/" + planned.groupId() + ".ics")).contains(planned.title());
        }
    }

    @Test
    void aMemberWhoJoinsAGroupOnRequestSeesItsEventsOnceAccepted() throws Exception {
        var planned = plannedIn("REQUEST");
        var joiner = testing.member("Nouvelle");

        assertThat(joiner.visitor().get("/events/" + planned.eventId())).hasStatus(404);
        joiner.visitor().post("/groups/" + planned.groupId() + "/join");
        db.sql("update groups.membership set status = 'ACTIVE' where group_id = ? and member_id = ?").params(planned.groupId(), joiner.id()).update();

        assertThat(joiner.visitor().get("/events/" + planned.eventId())).hasStatusOk();
        assertThat(joiner.visitor().post("/events/" + planned.eventId() + "/register")).hasStatus3xxRedirection();
    }

    @Test
    void anOpenGroupsEventsArePublic() throws Exception {
        var planned = plannedIn("OPEN");
        var visitor = new Visitor(mvc);

        assertThat(body(visitor, "/events?town=Liège")).contains(planned.title());
        assertThat(body(visitor, "/events/week?week=" + week(planned.start()))).contains(planned.title());
        assertThat(body(visitor, "/events.ics")).contains(planned.title());
        assertThat(visitor.get("/events/" + planned.eventId())).hasStatusOk();
        assertThat(body(testing.member("Passant").visitor(), "/groups/" + planned.groupId())).contains(planned.title());
    }
}
