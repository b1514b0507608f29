package coop.agora.recommendations;

import static coop.agora.recommendations.TrackerFixtures.recommendation;
import static coop.agora.recommendations.TrackerFixtures.signedIn;
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

/** What the tracker holds about a member goes into their export, and erasure forgets them but keeps their comments anonymous. */
@AgoraIntegrationTest
class RecommendationsPrivacyTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient db;

    @Autowired
    Tracker tracker;

    @Autowired
    Members members;

    @Autowired
    RecommendationsPersonalData personalData;

    @Test
    void theExportHoldsFollowsAndCommentsAndErasureKeepsCommentsAsAFormerMembers() throws Exception {
        var id = recommendation(db, TrackerFixtures.cycle(tracker, members), 1);
        var member = signedIn(mvc, "elodie.moreau@agora.example");
        var memberId = members.idOf("elodie.moreau@agora.example").orElseThrow();
        member.post("/recommendations/" + id + "/follow");
        member.post("/recommendations/" + id + "/comments", "body", "Je participe volontiers au groupe de Rennes.");

        @SuppressWarnings("unchecked")
        var export = (Map<String, List<Map<String, Object>>>) personalData.export(memberId);
        assertThat(export.get("following")).anySatisfy(row -> assertThat(row).containsEntry("title", "Créer des assemblées de sociétaires"));
        assertThat(export.get("comments")).anySatisfy(row -> assertThat(row).containsEntry("body", "Je participe volontiers au groupe de Rennes."));

        personalData.erase(memberId);

        assertThat(db.sql("select count(*) from recommendations.follower where member_id = ?").param(memberId).query(Integer.class).single()).isZero();
        assertThat(new Visitor(mvc).get("/recommendations/" + id)).bodyText().contains("Je participe volontiers au groupe de Rennes.")
                .doesNotContain("Élodie Moreau");
    }
}
