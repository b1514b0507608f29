package coop.agora.events;

import static coop.agora.events.EventFixtures.create;
import static coop.agora.events.EventFixtures.fields;
import static coop.agora.events.EventFixtures.inDays;
import static coop.agora.events.EventFixtures.signedIn;
import static coop.agora.events.EventFixtures.title;
import static org.assertj.core.api.Assertions.assertThat;

import coop.agora.AgoraIntegrationTest;
import coop.agora.Visitor;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** Creating, changing and finding events, and what the form refuses. */
@AgoraIntegrationTest
class AgendaTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient db;

    private int events() {
        return db.sql("select count(*) from events.event").query(Integer.class).single();
    }

    @Test
    void anAdvisorPublishesANetworkingEventThatAppearsInTheListAndTheMonth() throws Exception {
        var advisor = signedIn(mvc, "advisor@agora.example");
        var title = title("Apéro réseau à Bruxelles");

        var id = create(advisor, title, "start", inDays(40, 18), "end", inDays(40, 20));

        var visitor = new Visitor(mvc);
        assertThat(visitor.get("/events/" + id).getResponse()).satisfies(page -> {
            assertThat(page.getStatus()).isEqualTo(200);
            assertThat(page.getContentAsString()).contains(title, "Bruxelles", "Moment réseau", "Pieter Janssens", "<strong>se rencontrer</strong>");
        });
        assertThat(visitor.get("/events?type=NETWORKING&office=1").getResponse().getContentAsString()).contains("/events/" + id + "\"");
        var month = YearMonth.from(LocalDate.now(EventRules.DEFAULT_ZONE).plusDays(40));
        assertThat(visitor.get("/events/month?month=" + month + "&language=fr").getResponse().getContentAsString()).contains(title);
        assertThat(visitor.get("/events/month?month=" + month + "&language=nl").getResponse().getContentAsString()).doesNotContain(title);
    }

    @Test
    void aMemberMayPublishTheirOwnEventButNotOneOfTheCooperative() throws Exception {
        var member = signedIn(mvc, "thomas.leroy@agora.example");
        var before = events();

        var refused = member.post("/events", fields(title("Faux atelier"), "type", "TOOL_TRAINING"));

        assertThat(refused.getResponse().getStatus()).isEqualTo(422);
        assertThat(refused.getResponse().getContentAsString()).contains("Seuls les conseillers et la coopérative organisent ce type");
        assertThat(events()).isEqualTo(before);
        var id = create(member, title("Exposition photo"), "type", "MEMBER_EVENT", "place", "town", "office", "", "town", "Lille");
        assertThat(new Visitor(mvc).get("/events/" + id).getResponse().getContentAsString()).contains("Lille", "Événement d'un membre");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "end       | 2020-01-01T10:00                 | La fin doit venir après le début.",
        "start     | 2020-01-01T10:00                 | Le début est déjà passé.",
        "office    | 999                              | Choisissez un bureau dans la liste.",
        "title     | <script>alert(1)</script>        | sans balises HTML",
        "description | [clic](javascript:alert(1))    | Ce texte contient un lien de script.",
        "capacity  | 0                                | Indiquez un nombre de places entre 1 et 10 000",
    })
    void badInputIsRefusedNextToTheFieldAndNothingIsSaved(String field, String value, String message) throws Exception {
        var advisor = signedIn(mvc, "chloe.fontaine@agora.example");
        var before = events();

        var result = advisor.post("/events", fields(title("Refusé"), field, value));

        assertThat(result.getResponse().getStatus()).isEqualTo(422);
        assertThat(result.getResponse().getContentAsString()).contains("id=\"" + field + "-error\"", message);
        assertThat(events()).isEqualTo(before);
    }

    @Test
    void anOnlineEventNeedsAWebLinkNotAScript() throws Exception {
        var advisor = signedIn(mvc, "advisor@agora.example");

        var result = advisor.post("/events", fields(title("Visio"), "place", "online", "onlineUrl", "javascript:alert(document.cookie)"));

        assertThat(result.getResponse().getStatus()).isEqualTo(422);
        assertThat(result.getResponse().getContentAsString()).contains("id=\"onlineUrl-error\"");
    }

    @Test
    void onlyTheOrganizerOrAnAdminChangesAnEvent() throws Exception {
        var organizer = signedIn(mvc, "jan.devos@agora.example");
        var id = create(organizer, title("Open atelier"), "type", "MEMBER_EVENT", "language", "nl");
        var other = signedIn(mvc, "lotte.peeters@agora.example");

        assertThat(other.get("/events/" + id + "/edit").getResponse().getStatus()).isEqualTo(403);
        assertThat(other.post("/events/" + id + "/edit", fields("Overgenomen", "type", "MEMBER_EVENT")).getResponse().getStatus()).isEqualTo(403);
        assertThat(other.post("/events/" + id + "/cancel").getResponse().getStatus()).isEqualTo(403);

        var renamed = title("Open atelier keramiek");
        assertThat(organizer.post("/events/" + id + "/edit", fields(renamed, "type", "MEMBER_EVENT", "language", "nl")).getResponse().getStatus())
                .isEqualTo(302);
        assertThat(signedIn(mvc, "admin@agora.example").post("/events/" + id + "/cancel").getResponse().getStatus()).isEqualTo(302);
        assertThat(new Visitor(mvc).get("/events/" + id).getResponse().getContentAsString()).contains(renamed, "Cet événement est annulé.");
    }

    @Test
    void theOnlineLinkIsShownOnlyToRegisteredPeople() throws Exception {
        var advisor = signedIn(mvc, "advisor@agora.example");
        var id = create(advisor, title("Atelier en ligne"), "type", "TOOL_TRAINING", "place", "online", "office", "",
                "onlineUrl", "https://visio.example.org/salle-42");
        var member = signedIn(mvc, "ines.dubois@agora.example");

        assertThat(member.get("/events/" + id).getResponse().getContentAsString()).doesNotContain("salle-42");
        assertThat(new Visitor(mvc).get("/events/" + id).getResponse().getContentAsString()).doesNotContain("salle-42");
        member.post("/events/" + id + "/register");
        assertThat(member.get("/events/" + id).getResponse().getContentAsString()).contains("https://visio.example.org/salle-42");
    }

    @Test
    void visitorsAreSentToSignInToCreateAnEvent() throws Exception {
        assertThat(new Visitor(mvc).get("/events/new").getResponse().getRedirectedUrl()).contains("/login");
    }
}
