package coop.agora.helpdesk;

import static org.assertj.core.api.Assertions.assertThat;

import coop.agora.AgoraIntegrationTest;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@AgoraIntegrationTest
class ReportTests {

    /** A month far from the demo's and other tests' requests, so that its figures are this test's alone. */
    static final YearMonth MONTH = YearMonth.of(2031, 3);
    static final ZoneId BRUSSELS_TIME = ZoneId.of("Europe/Brussels");

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient db;

    @Autowired
    ReportFigures figures;

    @Autowired
    Surveys surveys;

    @Autowired
    Reports reports;

    HelpdeskTestSupport support;

    @BeforeEach
    void setUp() {
        support = new HelpdeskTestSupport(mvc, db);
    }

    private long requestReceivedAt(long office, String at, String dueOn, String firstResponseAt, String answeredAt) {
        var member = support.member("Rapport " + at, office);
        var id = support.ask(member, "Question " + at, "Bonjour.");
        db.sql("""
                        update helpdesk.request set received_at = ?, due_on = ?::date, first_response_at = ?, answered_at = ?, status = 'ANSWERED'
                        where id = ?""")
                .params(java.sql.Timestamp.from(LocalDateTime.parse(at).atZone(BRUSSELS_TIME).toInstant()), dueOn,
                        java.sql.Timestamp.from(LocalDateTime.parse(firstResponseAt).atZone(BRUSSELS_TIME).toInstant()),
                        java.sql.Timestamp.from(LocalDateTime.parse(answeredAt).atZone(BRUSSELS_TIME).toInstant()), id)
                .update();
        return id;
    }

    @Test
    void responseTimesCountOnlyBusinessHoursAndTheShareAnsweredByThePromisedDate() {
        // Liège, Monday 10:00, answered Tuesday 10:00: 7 business hours (09:00–12:30, 13:30–17:00), within the promise.
        requestReceivedAt(2, "2031-03-03T10:00", "2031-03-06", "2031-03-03T11:00", "2031-03-04T10:00");
        // Answered on Monday the 10th, after the promised Thursday the 6th.
        requestReceivedAt(2, "2031-03-03T10:00", "2031-03-06", "2031-03-03T11:00", "2031-03-10T10:00");

        figures.refresh(MONTH);

        var row = db.sql("""
                        select sum(received) as received, sum(answered_in_promise) as kept, sum(first_response_seconds) as first_seconds
                        from helpdesk.report_month where month = ? and office_id = 2""")
                .param(MONTH.atDay(1))
                .query()
                .singleRow();
        assertThat(row.get("received")).hasToString("2");
        assertThat(row.get("kept")).hasToString("1");
        assertThat(row.get("first_seconds")).hasToString(String.valueOf(2 * 3600));
    }

    @Test
    void theReportShowsThePromiseKeptByOfficeWithAnAccessibleChartAndACsvExport() {
        requestReceivedAt(3, "2031-03-12T10:00", "2031-03-17", "2031-03-12T11:00", "2031-03-13T10:00");
        figures.refresh(MONTH);
        var advisor = support.demo("advisor@agora.example");

        var page = advisor.browser().get("/desk/reports?from=2031-03&to=2031-03&by=office&office=3");
        var csv = advisor.browser().get("/desk/reports.csv?from=2031-03&to=2031-03&by=office&office=3");

        assertThat(page).hasStatusOk().bodyText().contains("<svg aria-hidden=\"true\"").contains("id=\"chart-desc\"").contains("Charleroi");
        assertThat(csv).hasStatusOk().bodyText().startsWith("office,received,answered").contains("Charleroi");
    }

    @Test
    void theBacklogCountsOpenRequestsByTheirAgeLeavingClosedAndMergedOnesOut() {
        var member = support.member("Arriéré Ancien", 4);
        var open = support.ask(member, "Toujours ouverte", "Bonjour.");
        var waiting = support.ask(member, "En attente du membre", "Bonjour.");
        var closed = support.ask(member, "Fermée", "Bonjour.");
        var merged = support.ask(member, "Doublon", "Bonjour.");
        // A month long gone that no other request shares, so that its line is this test's alone.
        db.sql("update helpdesk.request set received_at = timestamptz '2002-03-11 10:00+01' where id in (?, ?, ?, ?)")
                .params(open, waiting, closed, merged).update();
        db.sql("update helpdesk.request set status = 'WAITING_MEMBER' where id = ?").param(waiting).update();
        db.sql("update helpdesk.request set status = 'CLOSED' where id = ?").param(closed).update();
        db.sql("update helpdesk.request set merged_into = ? where id = ?").params(open, merged).update();

        reports.recountBacklog();
        var line = reports.backlog(Reports.By.MONTH, 4L, null, java.util.Locale.FRENCH).stream()
                .filter(backlog -> backlog.label().equals("mars 2002"))
                .findFirst().orElseThrow();

        assertThat(line.total()).isEqualTo(2);
        assertThat(line.older()).isEqualTo(2);
    }

    @Test
    void everyGroupingAndFilterOfTheBacklogAddsUpToTheOpenRequestsItCovers() {
        var member = support.member("Arriéré Filtré", 4);
        support.ask(member, "Encore ouverte", "Bonjour.");
        reports.recountBacklog();
        var open = db.sql("select count(*) from helpdesk.request where status <> 'CLOSED' and merged_into is null and office_id = 4 and pole = 'ACTIVITY_SECURING'")
                .query(Integer.class).single();

        for (var by : Reports.By.values()) {
            var lines = reports.backlog(by, 4L, coop.agora.accounts.Pole.ACTIVITY_SECURING, java.util.Locale.FRENCH);
            assertThat(lines.stream().mapToInt(BacklogLine::total).sum()).as(by.name()).isEqualTo(open);
        }
        assertThat(reports.backlog(Reports.By.OFFICE, null, null, java.util.Locale.FRENCH).stream().map(BacklogLine::label))
                .contains("Mons").doesNotHaveDuplicates();
    }

    @Test
    void membersCannotReadReports() {
        var member = support.member("Curieux Rapport", 2);

        assertThat(member.browser().get("/desk/reports")).hasStatus(403);
        assertThat(member.browser().get("/desk/reports.csv")).hasStatus(403);
    }

    @Test
    void aMemberRatesTheAnswerOnceTheRequestIsClosed() {
        var member = support.member("Noémie Note", 2);
        var id = support.ask(member, "Question à noter", "Bonjour.");

        var early = member.browser().post("/help/requests/" + id + "/rate", "score", "5");
        member.browser().post("/help/requests/" + id + "/close");
        member.browser().post("/help/requests/" + id + "/rate", "score", "4", "comment", "Rapide et clair.");

        assertThat(early).hasStatus(422);
        assertThat(db.sql("select score from helpdesk.rating where request_id = ?").param(id).query(Integer.class).single()).isEqualTo(4);
    }

    @Test
    void aRatingOutOfRangeIsRefusedWithAMessage() {
        var member = support.member("Octave Hors", 2);
        var id = support.ask(member, "Question", "Bonjour.");
        member.browser().post("/help/requests/" + id + "/close");

        var sent = member.browser().post("/help/requests/" + id + "/rate", "score", "9");

        assertThat(sent).hasStatus(422).bodyText().contains("Choisissez une note de 1 à 5.");
    }

    @Test
    void theMonthlySurveyAsksMembersWhoseRequestsClosedAndOnlyThemMayAnswer() {
        var member = support.member("Sonia Enquête", 2);
        var stranger = support.member("Tom Étranger", 2);
        var id = support.ask(member, "Question close", "Bonjour.");
        db.sql("update helpdesk.request set status = 'CLOSED', closed_at = ? where id = ?")
                .params(java.sql.Timestamp.from(LocalDateTime.parse("2031-05-14T10:00").atZone(BRUSSELS_TIME).toInstant()), id).update();

        surveys.send(YearMonth.of(2031, 5), 1000);

        var link = new coop.agora.Outbox(db).latestTo(member.email()).orElseThrow().body().replaceAll("(?s).*(/help/survey/\\d+).*", "$1");
        assertThat(stranger.browser().get(link)).hasStatus(404);
        member.browser().post(link, "score", "5", "comment", "Merci !");
        assertThat(db.sql("select score from helpdesk.survey where member_id = ?").param(member.id()).query(Integer.class).single()).isEqualTo(5);
    }
}
