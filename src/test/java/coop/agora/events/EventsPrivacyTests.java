package coop.agora.events;

import static coop.agora.events.EventFixtures.create;
import static coop.agora.events.EventFixtures.signedIn;
import static coop.agora.events.EventFixtures.title;
import static org.assertj.core.api.Assertions.assertThat;

import coop.agora.AgoraIntegrationTest;
import coop.agora.Visitor;
import coop.agora.accounts.Members;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** What the agenda gives in "download my data" and what "erase my account" does to it. */
@AgoraIntegrationTest
class EventsPrivacyTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient db;

    @Autowired
    Members members;

    @Autowired
    EventsPersonalData personalData;

    @Test
    void anErasedMembersSeatGoesToThePersonWaitingAndTheirEventStaysUnderAFormerMember() throws Exception {
        var organizer = signedIn(mvc, "francois.renard@agora.example");
        var title = title("Vernissage");
        var id = create(organizer, title, "type", "MEMBER_EVENT", "capacity", "1");
        signedIn(mvc, "thomas.leroy@agora.example").post("/events/" + id + "/register");
        signedIn(mvc, "ines.dubois@agora.example").post("/events/" + id + "/register");
        var thomas = members.idOf("thomas.leroy@agora.example").orElseThrow();
        var ines = members.idOf("ines.dubois@agora.example").orElseThrow();
        var francois = members.idOf("francois.renard@agora.example").orElseThrow();

        @SuppressWarnings("unchecked")
        var export = (Map<String, List<Map<String, Object>>>) personalData.export(thomas);
        assertThat(export.get("registrations")).anySatisfy(row -> assertThat(row).containsEntry("title", title));

        personalData.erase(thomas);
        personalData.erase(francois);

        assertThat(db.sql("select member_id, status from events.registration where event_id = ?").param(id).query().listOfRows())
                .containsExactly(Map.of("member_id", ines, "status", "REGISTERED"));
        assertThat(new Visitor(mvc).get("/events/" + id).getResponse().getContentAsString()).contains(title, "Ancien membre");
    }
}
