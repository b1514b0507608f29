package coop.agora.recommendations;

import static coop.agora.recommendations.TrackerFixtures.recommendation;
import static coop.agora.recommendations.TrackerFixtures.signedIn;
import static org.assertj.core.api.Assertions.assertThat;

import coop.agora.AgoraIntegrationTest;
import coop.agora.Visitor;
import coop.agora.accounts.Members;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** Members follow and comment; staff hide a comment; a visitor needs to sign in for either. */
@AgoraIntegrationTest
class CommentsTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient db;

    @Autowired
    Tracker tracker;

    @Autowired
    Members members;

    @Test
    void aMemberCommentsAndAModeratorHidesTheCommentFromVisitors() throws Exception {
        var id = recommendation(db, TrackerFixtures.cycle(tracker, members), 1);
        var member = signedIn(mvc, "thomas.leroy@agora.example");

        assertThat(member.post("/recommendations/" + id + "/comments", "body", "Très **bonne** idée, à Lille aussi !")).hasStatus3xxRedirection();
        assertThat(new Visitor(mvc).get("/recommendations/" + id)).bodyText().contains("Thomas Leroy", "Très <strong>bonne</strong> idée, à Lille aussi !");
        var comment = db.sql("select id from recommendations.comment where recommendation_id = ?").param(id).query(Long.class).single();

        assertThat(member.post("/recommendations/" + id + "/comments/" + comment + "/hide")).hasStatus(403);
        assertThat(signedIn(mvc, "moderator@agora.example").post("/recommendations/" + id + "/comments/" + comment + "/hide")).hasStatus3xxRedirection();

        assertThat(new Visitor(mvc).get("/recommendations/" + id)).bodyText().doesNotContain("à Lille aussi");
        assertThat(signedIn(mvc, "chloe.fontaine@agora.example").get("/recommendations/" + id)).bodyText().contains("à Lille aussi", "Masqué par la modération");
    }

    @Test
    void anEmptyOrScriptedCommentIsRefusedAndNothingIsStored() throws Exception {
        var id = recommendation(db, TrackerFixtures.cycle(tracker, members), 1);
        var member = signedIn(mvc, "thomas.leroy@agora.example");

        var empty = member.post("/recommendations/" + id + "/comments", "body", "   ");
        var scripted = member.post("/recommendations/" + id + "/comments", "body", "[clic](javascript:alert(1))");

        assertThat(empty).hasStatus(422);
        assertThat(empty).bodyText().contains("Écrivez votre commentaire.");
        assertThat(scripted).hasStatus(422);
        assertThat(db.sql("select count(*) from recommendations.comment where recommendation_id = ?").param(id).query(Integer.class).single()).isZero();
    }

    @Test
    void aMemberFollowsAndStopsFollowing() throws Exception {
        var id = recommendation(db, TrackerFixtures.cycle(tracker, members), 2);
        var member = signedIn(mvc, "thomas.leroy@agora.example");

        member.post("/recommendations/" + id + "/follow");
        assertThat(member.get("/recommendations/" + id)).bodyText().contains("Ne plus suivre", "Suivie par 1 membres.");
        member.post("/recommendations/" + id + "/unfollow");
        assertThat(member.get("/recommendations/" + id)).bodyText().contains("Suivre cette recommandation", "Suivie par 0 membres.");
    }

    @Test
    void aVisitorMustSignInToFollowOrComment() throws Exception {
        var id = recommendation(db, TrackerFixtures.cycle(tracker, members), 1);
        var visitor = new Visitor(mvc);

        assertThat(visitor.post("/recommendations/" + id + "/follow")).hasStatus3xxRedirection().redirectedUrl().contains("/login");
        assertThat(visitor.post("/recommendations/" + id + "/comments", "body", "Bonjour")).hasStatus3xxRedirection().redirectedUrl().contains("/login");
        assertThat(db.sql("select count(*) from recommendations.comment where recommendation_id = ?").param(id).query(Integer.class).single()).isZero();
    }

    @Test
    void anUnknownRecommendationIsNotFound() {
        assertThat(new Visitor(mvc).get("/recommendations/987654321")).hasStatus(404);
    }
}
