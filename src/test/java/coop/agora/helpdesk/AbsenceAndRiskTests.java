package coop.agora.helpdesk;

import static org.assertj.core.api.Assertions.assertThat;

import coop.agora.AgoraIntegrationTest;
import coop.agora.Outbox;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@AgoraIntegrationTest
class AbsenceAndRiskTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient db;

    @Autowired
    Absences absences;

    @Autowired
    AtRiskWatch atRisk;

    HelpdeskTestSupport support;

    @BeforeEach
    void setUp() {
        support = new HelpdeskTestSupport(mvc, db);
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Europe/Brussels"));
    }

    private long firstLineRequest(String memberName) {
        var member = support.member(memberName, 5);
        member.browser().post("/help/ask", "topicId", String.valueOf(support.topic("Using the online tools")), "subject", "Mot de passe oublié", "body", "Je ne sais plus me connecter.");
        return support.latestRequestOf(member);
    }

    @Test
    void anAbsenceStartingTodayReturnsTheAdvisorsRequestsToTheSharedQueueAndTellsTheTeam() {
        var id = firstLineRequest("Armand Absence");
        var absent = support.demo("amelie.gerard@agora.example");
        absent.browser().post("/desk/requests/" + id + "/take");
        var teamMailsBefore = new Outbox(db).to("advisor@agora.example").size();

        var sent = absent.browser().post("/desk/absences", "startsOn", today().toString(), "endsOn", today().plusDays(4).toString());

        assertThat(sent).hasStatus3xxRedirection();
        assertThat(db.sql("select coalesce(assignee_id::text, 'shared') || '/' || status from helpdesk.request where id = ?").param(id).query(String.class).single())
                .isEqualTo("shared/RECEIVED");
        assertThat(new Outbox(db).to("advisor@agora.example")).hasSizeGreaterThan(teamMailsBefore);
    }

    @Test
    void anAbsenceBeginningLaterReleasesNothingUntilItsFirstDay() {
        var id = firstLineRequest("Bérénice Plus Tard");
        var absent = support.demo("amelie.gerard@agora.example");
        absent.browser().post("/desk/requests/" + id + "/take");

        absent.browser().post("/desk/absences", "startsOn", today().plusDays(10).toString(), "endsOn", today().plusDays(12).toString());
        absences.releaseStarted();

        assertThat(db.sql("select assignee_id from helpdesk.request where id = ?").param(id).query(Long.class).single()).isEqualTo(absent.id());
    }

    @Test
    void theJobReleasesTheRequestsOfAnAbsenceThatBegan() {
        var id = firstLineRequest("Cyril Job");
        var absent = support.demo("amelie.gerard@agora.example");
        absent.browser().post("/desk/requests/" + id + "/take");
        db.sql("insert into helpdesk.absence (advisor_id, starts_on, ends_on) values (?, ?, ?)").params(absent.id(), today(), today()).update();

        absences.releaseStarted();

        assertThat(db.sql("select assignee_id from helpdesk.request where id = ?").param(id).query(Long.class).optional()).isEmpty();
    }

    @Test
    void anAbsenceEndingBeforeItStartsIsRefusedWithAMessage() {
        var advisor = support.demo("amelie.gerard@agora.example");

        var sent = advisor.browser().post("/desk/absences", "startsOn", today().plusDays(5).toString(), "endsOn", today().plusDays(2).toString());

        assertThat(sent).hasStatus(422).bodyText().contains("Le dernier jour doit suivre le premier");
    }

    @Test
    void theCoordinatorIsToldOnceWhenARequestIsAtRisk() {
        var member = support.member("Denise Risque", HelpdeskTestSupport.GHENT);
        var id = support.ask(member, "Urgent : TVA", "Bonjour.");
        var coordinator = support.demo("advisor@agora.example");
        db.sql("insert into helpdesk.coordinator (pole, office_id, advisor_id) values ('ACTIVITY_SECURING', 6, ?) on conflict do nothing")
                .param(coordinator.id()).update();
        db.sql("update helpdesk.request set due_on = ? where id = ?").params(today(), id).update();
        var subject = "aanvraag " + id;

        atRisk.notifyAtRisk();
        atRisk.notifyAtRisk();

        assertThat(new Outbox(db).to(coordinator.email())).filteredOn(mail -> mail.subject().contains(subject)).hasSize(1);
    }

    @Test
    void aRequestDueLaterIsNotAtRisk() {
        var member = support.member("Edgar Serein", HelpdeskTestSupport.GHENT);
        var id = support.ask(member, "Pas urgent", "Bonjour.");
        db.sql("update helpdesk.request set due_on = ? where id = ?").params(today().plusDays(10), id).update();

        atRisk.notifyAtRisk();

        assertThat(db.sql("select at_risk_notified_at is null from helpdesk.request where id = ?").param(id).query(Boolean.class).single()).isTrue();
    }
}
