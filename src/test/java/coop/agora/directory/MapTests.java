package coop.agora.directory;

import static org.assertj.core.api.Assertions.assertThat;

import coop.agora.AgoraIntegrationTest;
import coop.agora.Visitor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@AgoraIntegrationTest
class MapTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient db;

    @Autowired
    MemberProfiles profiles;

    @Autowired
    Skills skills;

    @Autowired
    Places places;

    private Listings listings() {
        return new Listings(profiles, skills, places, db);
    }

    @Test
    void theMapCountsListedMembersPerTownAndLinksEachTownToTheDirectory() {
        var visitor = new TestMembers(mvc, db).signedIn("Map Reader", "fr").visitor();
        var before = new MemberMapCounts(visitor).inTown("6900 Marche-en-Famenne");
        listings().list("Map Member", Visibility.MEMBERS, "6900", "");

        assertThat(new MemberMapCounts(visitor).inTown("6900 Marche-en-Famenne")).isEqualTo(before + 1);
        assertThat(visitor.get("/directory/map")).hasStatusOk().bodyText().contains("/directory?near=6900+Marche-en-Famenne&km=0");
    }

    @Test
    void zoomedOutNearbyTownsMergeIntoOneCluster() {
        listings().list("Cluster Lille", Visibility.PUBLIC, "59000", "");
        listings().list("Cluster Roubaix", Visibility.PUBLIC, "59100", "");

        var points = new Visitor(mvc).get("/directory/map/points?zoom=5&south=50.5&north=50.8&west=2.9&east=3.3");

        assertThat(points).bodyJson().extractingPath("$.length()").isEqualTo(1);
        assertThat(points).bodyJson().extractingPath("$[0].town").isNull();
    }

    @Test
    void theMapPageAllowsTheTileServerForImagesOnly() {
        var page = new Visitor(mvc).get("/directory/map");

        assertThat(page).headers().hasHeaderSatisfying("Content-Security-Policy", values -> assertThat(values.get(0))
                .contains("img-src 'self' data: http://127.0.0.1:9;")
                .contains("script-src 'self';")
                .contains("connect-src 'self';"));
    }

    @Test
    void visitorsWhoAreNotSignedInSeePublicProfilesOnlyOnTheMap() {
        var visitor = new Visitor(mvc);
        var before = new MemberMapCounts(visitor).inTown("7500 Tournai");
        listings().list("Members Only Tournai", Visibility.MEMBERS, "7500", "");

        assertThat(new MemberMapCounts(visitor).inTown("7500 Tournai")).isEqualTo(before);
    }

    @Test
    void advisorsSeeZonesOfFiveMembersOrMoreIncludingUnlistedOnes() {
        for (int i = 0; i < 3; i++) {
            listings().list("Verviers listed " + i, Visibility.MEMBERS, "4800", "");
            listings().list("Verviers hidden " + i, Visibility.HIDDEN, "4800", "");
        }
        var advisor = new TestMembers(mvc, db).signedIn("Zone Advisor", "nl", "ADVISOR").visitor();

        var page = advisor.get("/directory/density");

        assertThat(page).hasStatusOk().bodyText().contains("België, postcodes 48xx");
    }

    @Test
    void zonesWithFewerThanFiveMembersAreNotShown() {
        listings().list("Lonely Brest", Visibility.HIDDEN, "29200", "");
        var advisor = new TestMembers(mvc, db).signedIn("Zone Advisor", "nl", "ADVISOR").visitor();

        assertThat(advisor.get("/directory/density")).hasStatusOk().bodyText().doesNotContain("departement 29");
    }

    @Test
    void membersWhoAreNotAdvisorsCannotSeeTheDensity() {
        var member = new TestMembers(mvc, db).signedIn("Curious Member", "fr").visitor();

        assertThat(member.get("/directory/density")).hasStatus(403);
    }
}
