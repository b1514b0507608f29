package coop.agora.helpdesk;

import static org.assertj.core.api.Assertions.assertThat;

import coop.agora.AgoraIntegrationTest;
import coop.agora.offices.OfficeCalendar;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@AgoraIntegrationTest
class PhoneAndAdminTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient db;

    @Autowired
    OfficeCalendar calendar;

    HelpdeskTestSupport support;

    @BeforeEach
    void setUp() {
        support = new HelpdeskTestSupport(mvc, db);
    }

    private static String local(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneId.of("Europe/Brussels")).truncatedTo(ChronoUnit.MINUTES).toString();
    }

    @Test
    void aCallBackWithinOpeningHoursLandsInThePolesQueueOfTheMembersOffice() {
        var member = support.member("Agnès Rappel", HelpdeskTestSupport.GHENT);
        var opening = calendar.nextOpening(HelpdeskTestSupport.GHENT, Instant.now().plus(1, ChronoUnit.DAYS)).orElseThrow().toInstant().plus(30, ChronoUnit.MINUTES);

        member.browser().post("/help/callback", "topicId", String.valueOf(support.vatTopic()), "subject", "Rappel TVA",
                "callbackAt", local(opening), "body", "Au 0470 12 34 56, pour ma déclaration.");

        var id = support.latestRequestOf(member);
        assertThat(db.sql("select channel || '/' || pole || '/' || office_id from helpdesk.request where id = ?").param(id).query(String.class).single())
                .isEqualTo("CALLBACK/ACTIVITY_SECURING/" + HelpdeskTestSupport.GHENT);
    }

    @Test
    void aCallBackWhenTheOfficeIsClosedIsRefusedWithAMessage() {
        var member = support.member("Basile Dimanche", HelpdeskTestSupport.GHENT);
        var before = support.requestCount();
        var sunday = LocalDateTime.now(ZoneId.of("Europe/Brussels")).plusDays(1).with(TemporalAdjusters.next(DayOfWeek.SUNDAY))
                .withHour(10).withMinute(0).withSecond(0).withNano(0);

        var sent = member.browser().post("/help/callback", "topicId", String.valueOf(support.vatTopic()), "subject", "Rappel",
                "callbackAt", sunday.toString(), "body", "Au 0470 12 34 56.");

        assertThat(sent).hasStatus(422).bodyText().contains("Le bureau est fermé à ce moment-là.");
        assertThat(support.requestCount()).isEqualTo(before);
    }

    @Test
    void anAdvisorLogsACallAsARequestOfTheMember() {
        var member = support.member("Carole Appel", HelpdeskTestSupport.GHENT);
        var advisor = support.demo("advisor@agora.example");

        advisor.browser().post("/desk/calls", "memberEmail", member.email(), "topicId", String.valueOf(support.vatTopic()), "officeId", "6",
                "subject", "Appel au sujet de la TVA", "body", "Madame appelle pour sa déclaration; rappeler demain.");

        var id = support.latestRequestOf(member);
        assertThat(member.browser().get("/help/requests/" + id)).hasStatusOk().bodyText().contains("Appel téléphonique").contains("rappeler demain");
    }

    @Test
    void anAdminNamesACoordinatorOfThePoleOnly() {
        var admin = support.demo("admin@agora.example");
        var bram = support.demo("bram.maes@agora.example");

        var refused = admin.browser().post("/admin/helpdesk/coordinators", "pole", "ACTIVITY_SECURING", "office", "7", "advisor", String.valueOf(bram.id()));
        var accepted = admin.browser().post("/admin/helpdesk/coordinators", "pole", "ENTREPRENEURIAL_COACHING", "office", "7", "advisor", String.valueOf(bram.id()));

        assertThat(refused).hasStatus(422);
        assertThat(accepted).hasStatus3xxRedirection();
        assertThat(db.sql("select pole from helpdesk.coordinator where advisor_id = ?").param(bram.id()).query(String.class).list())
                .containsExactly("ENTREPRENEURIAL_COACHING");
    }

    @Test
    void onlyAdminsManageCoordinators() {
        var advisor = support.demo("advisor@agora.example");

        assertThat(advisor.browser().get("/admin/helpdesk")).hasStatus(403);
        assertThat(advisor.browser().post("/admin/helpdesk/coordinators", "pole", "FIRST_LINE", "office", "1", "advisor", String.valueOf(advisor.id())))
                .hasStatus(403);
    }
}
