package coop.agora.events;

import static coop.agora.events.EventFixtures.create;
import static coop.agora.events.EventFixtures.signedIn;
import static coop.agora.events.EventFixtures.title;
import static org.assertj.core.api.Assertions.assertThat;

import coop.agora.AgoraIntegrationTest;
import coop.agora.Outbox;
import coop.agora.accounts.Members;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** Seats, the waiting list, registration questions, the attendee list and reminders. */
@AgoraIntegrationTest
@RecordApplicationEvents
class RegistrationTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient db;

    @Autowired
    Members members;

    @Autowired
    Reminders reminders;

    private String statusOf(long event, String email) {
        return db.sql("select status from events.registration where event_id = ? and member_id = ?")
                .params(event, members.idOf(email).orElseThrow())
                .query(String.class)
                .optional()
                .orElse("NONE");
    }

    @Test
    void twoPeopleAskingForTheLastSeatAtOnceGetOneSeatAndOnePlaceOnTheWaitingList() throws Exception {
        var id = create(signedIn(mvc, "advisor@agora.example"), title("Petit groupe"), "capacity", "1");
        var first = signedIn(mvc, "elodie.moreau@agora.example");
        var second = signedIn(mvc, "mehdi.haddad@agora.example");
        var barrier = new CyclicBarrier(2);

        var pool = Executors.newFixedThreadPool(2);
        try {
            var a = pool.submit(() -> {
                barrier.await();
                return first.post("/events/" + id + "/register").getResponse().getStatus();
            });
            var b = pool.submit(() -> {
                barrier.await();
                return second.post("/events/" + id + "/register").getResponse().getStatus();
            });
            assertThat(a.get(30, TimeUnit.SECONDS)).isEqualTo(302);
            assertThat(b.get(30, TimeUnit.SECONDS)).isEqualTo(302);
        } finally {
            pool.shutdownNow();
        }

        assertThat(List.of(statusOf(id, "elodie.moreau@agora.example"), statusOf(id, "mehdi.haddad@agora.example")))
                .containsExactlyInAnyOrder("REGISTERED", "WAITING");
    }

    @Test
    void aFreedSeatGoesToTheFirstPersonWaitingWhoIsToldByMail(@Autowired ApplicationEvents events) throws Exception {
        var id = create(signedIn(mvc, "advisor@agora.example"), title("Formation en petit groupe"), "type", "TOOL_TRAINING", "capacity", "1");
        var seated = signedIn(mvc, "sanne.willems@agora.example");
        var firstWaiting = signedIn(mvc, "wout.claes@agora.example");
        var secondWaiting = signedIn(mvc, "francois.renard@agora.example");
        seated.post("/events/" + id + "/register");
        firstWaiting.post("/events/" + id + "/register");
        secondWaiting.post("/events/" + id + "/register");
        assertThat(secondWaiting.get("/events/" + id).getResponse().getContentAsString()).contains("Vous êtes numéro 2 sur la liste d'attente");

        seated.post("/events/" + id + "/unregister");

        assertThat(statusOf(id, "wout.claes@agora.example")).isEqualTo("REGISTERED");
        assertThat(statusOf(id, "francois.renard@agora.example")).isEqualTo("WAITING");
        assertThat(new Outbox(db).latestTo("wout.claes@agora.example")).hasValueSatisfying(mail -> {
            assertThat(mail.subject()).startsWith("Er is een plaats voor jou");
            assertThat(mail.body()).contains("/events/" + id);
        });
        var wout = members.idOf("wout.claes@agora.example").orElseThrow();
        assertThat(events.stream(SeatOffered.class).filter(e -> e.eventId() == id)).containsExactly(new SeatOffered(id, wout));
    }

    @Test
    void theAnswerToTheOrganizersQuestionIsNeededAndReachesTheAttendeeListOnlyTheOrganizerDownloads() throws Exception {
        var organizer = signedIn(mvc, "advisor@agora.example");
        var id = create(organizer, title("Infosessie"), "type", "INFORMATION_SESSION", "question", "Wat is je activiteit?");
        var member = signedIn(mvc, "lotte.peeters@agora.example");

        var refused = member.post("/events/" + id + "/register", "answer", " ");
        assertThat(refused.getResponse().getStatus()).isEqualTo(422);
        assertThat(refused.getResponse().getContentAsString()).contains("id=\"answer-error\"");
        assertThat(statusOf(id, "lotte.peeters@agora.example")).isEqualTo("NONE");

        member.post("/events/" + id + "/register", "answer", "=Illustratie voor kinderboeken");

        assertThat(member.get("/events/" + id + "/attendees.csv").getResponse().getStatus()).isEqualTo(403);
        var csv = organizer.get("/events/" + id + "/attendees.csv").getResponse();
        assertThat(csv.getStatus()).isEqualTo(200);
        assertThat(csv.getContentType()).startsWith("text/csv");
        assertThat(csv.getContentAsString()).contains("Wat is je activiteit?", "Lotte Peeters", "'=Illustratie voor kinderboeken");
    }

    @Test
    void cancellingAnEventTellsEveryoneRegistered(@Autowired ApplicationEvents events) throws Exception {
        var organizer = signedIn(mvc, "chloe.fontaine@agora.example");
        var id = create(organizer, title("Petit-déjeuner"), "type", "WELCOME_BREAKFAST", "office", "11");
        signedIn(mvc, "yannick.le.gall@agora.example").post("/events/" + id + "/register");

        organizer.post("/events/" + id + "/cancel");

        assertThat(new Outbox(db).latestTo("yannick.le.gall@agora.example")).hasValueSatisfying(mail -> assertThat(mail.subject()).startsWith("Annulé"));
        assertThat(events.stream(EventCancelled.class).filter(e -> e.eventId() == id))
                .singleElement()
                .satisfies(e -> assertThat(e.memberIds()).containsExactly(members.idOf("yannick.le.gall@agora.example").orElseThrow()));
        assertThat(signedIn(mvc, "marie.nguyen@agora.example").post("/events/" + id + "/register").getResponse().getStatus()).isEqualTo(422);
    }

    @Test
    void theDayBeforeRegisteredPeopleGetOneReminderInTheirLanguage(@Autowired ApplicationEvents events) throws Exception {
        var id = create(signedIn(mvc, "advisor@agora.example"), title("Netwerkmoment"), "language", "nl", "office", "7",
                "start", EventFixtures.inDays(11, 9), "end", EventFixtures.inDays(11, 11));
        signedIn(mvc, "marie.nguyen@agora.example").post("/events/" + id + "/register");
        var startsAt = db.sql("select starts_at from events.event where id = ?").param(id).query(java.sql.Timestamp.class).single().toInstant();
        var dayBefore = startsAt.minus(20, ChronoUnit.HOURS);
        var mailsBefore = new Outbox(db).to("marie.nguyen@agora.example").size();

        reminders.sendDue(dayBefore);
        reminders.sendDue(dayBefore.plusSeconds(600));

        var mails = new Outbox(db).to("marie.nguyen@agora.example");
        assertThat(mails).hasSize(mailsBefore + 1);
        assertThat(mails.get(mails.size() - 1).subject()).startsWith("Reminder:");
        assertThat(events.stream(EventReminderDue.class).filter(e -> e.eventId() == id))
                .singleElement()
                .satisfies(e -> assertThat(e.memberIds()).containsExactly(members.idOf("marie.nguyen@agora.example").orElseThrow()));
    }
}
