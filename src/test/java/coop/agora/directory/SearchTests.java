package coop.agora.directory;

import static org.assertj.core.api.Assertions.assertThat;

import coop.agora.AgoraIntegrationTest;
import com.jayway.jsonpath.JsonPath;
import coop.agora.Visitor;
import java.io.UnsupportedEncodingException;
import java.net.URI;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@AgoraIntegrationTest
class SearchTests {

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

    private Visitor signedIn() {
        return new TestMembers(mvc, db).signedIn("Searching Member", "fr").visitor();
    }

    /** A word no other test uses, to find only this test's profiles. */
    private static String marker() {
        return "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    /** The path and query of the next page named in an API answer. */
    private static String nextPageOf(MvcTestResult answer) {
        try {
            var next = URI.create(JsonPath.read(answer.getResponse().getContentAsString(), "$.next"));
            return next.getRawPath() + "?" + next.getRawQuery();
        } catch (UnsupportedEncodingException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void aTypoedAccentFreeSkillInTheOtherLanguageFindsTheMember() {
        var marker = marker();
        listings().list("Joke Cijfers " + marker, Visibility.MEMBERS, "9000", "Boekhouding voor kunstenaars", "Comptabilité");

        var page = signedIn().get("/directory?q=" + marker + "+comptabilte");
        var dutch = signedIn().get("/directory?q=" + marker + "+boekhoudng");

        assertThat(page).hasStatusOk().bodyText().contains("Joke Cijfers");
        assertThat(dutch).hasStatusOk().bodyText().contains("Joke Cijfers");
    }

    @Test
    void wordsFoundAsTypedDoNotBringInNamesThatOnlyLookAlike() {
        var marker = marker();
        listings().list("Marianne Potier " + marker, Visibility.MEMBERS, "9000", "Potière", "Céramique");
        listings().list("Mariane Potier " + marker, Visibility.MEMBERS, "9000", "Potière", "Céramique");

        var exact = signedIn().get("/directory?q=" + marker + "+marianne");

        assertThat(exact).hasStatusOk().bodyText().contains("Marianne Potier").doesNotContain("Mariane Potier");
    }

    @Test
    void aDutchWordFindsOtherDutchFormsOfIt() {
        var marker = marker();
        listings().list("Pieter Hout " + marker, Visibility.MEMBERS, "2000", "Ik ontwerp en maak meubels op maat");

        assertThat(signedIn().get("/directory?q=" + marker + "+meubel")).hasStatusOk().bodyText().contains("Pieter Hout");
    }

    @Test
    void aFrenchWordFindsOtherFrenchFormsOfIt() {
        var marker = marker();
        listings().list("Julie Scène " + marker, Visibility.MEMBERS, "4000", "Je crée des décors pour les théâtres");

        assertThat(signedIn().get("/directory?q=" + marker + "+decor+theatre")).hasStatusOk().bodyText().contains("Julie Scène");
    }

    @Test
    void facetsCountTheMatchingMembersPerValue() {
        var marker = marker();
        listings().list("Ann One " + marker, Visibility.MEMBERS, "9000", marker, Set.of(Sector.CRAFTS), "Céramique");
        listings().list("Ben Two " + marker, Visibility.MEMBERS, "9000", marker, Set.of(Sector.CRAFTS, Sector.VISUAL_ARTS), "Céramique");
        var ceramics = skills.findFirstByAnyLabel("Céramique").orElseThrow().id();

        var api = signedIn().get("/api/v1/members?q=" + marker);

        assertThat(api).bodyJson().extractingPath("$.total").isEqualTo(2);
        assertThat(api).bodyJson().extractingPath("$.facets.sectors[0].value").isEqualTo("CRAFTS");
        assertThat(api).bodyJson().extractingPath("$.facets.sectors[0].count").isEqualTo(2);
        assertThat(api).bodyJson().extractingPath("$.facets.skills[0].value").isEqualTo(String.valueOf(ceramics));
        assertThat(api).bodyJson().extractingPath("$.facets.towns[0].count").isEqualTo(2);
        var filtered = signedIn().get("/api/v1/members?q=" + marker + "&sector=VISUAL_ARTS");
        assertThat(filtered).bodyJson().extractingPath("$.total").isEqualTo(1);
        assertThat(filtered).bodyJson().extractingPath("$.members[0].name").isEqualTo("Ben Two " + marker);
    }

    @Test
    void aRadiusAroundATownFindsMembersInNearbyTownsOnly() {
        var marker = marker();
        listings().list("Near Gent " + marker, Visibility.MEMBERS, "9000", marker);
        listings().list("Far Liège " + marker, Visibility.MEMBERS, "4000", marker);

        var within50 = signedIn().get("/api/v1/members?q=" + marker + "&near=Brugge&km=50&sort=DISTANCE");
        var within10 = signedIn().get("/api/v1/members?q=" + marker + "&near=Brugge&km=10");

        assertThat(within50).bodyJson().extractingPath("$.total").isEqualTo(1);
        assertThat(within50).bodyJson().extractingPath("$.members[0].name").isEqualTo("Near Gent " + marker);
        assertThat(within10).bodyJson().extractingPath("$.total").isEqualTo(0);
    }

    @Test
    void anUnknownTownSaysSoAndFindsNobody() {
        var page = signedIn().get("/directory?near=Atlantis&km=10");

        assertThat(page).hasStatusOk().bodyText().contains("Nous ne connaissons pas cette ville");
    }

    @Test
    void newestFirstPagesFollowOneAnotherWithoutOverlap() {
        var marker = marker();
        for (int i = 0; i < DirectorySearch.PAGE_SIZE + 5; i++) {
            listings().list("Member " + i + " " + marker, Visibility.MEMBERS, "1000", marker);
        }
        var visitor = signedIn();

        var first = visitor.get("/api/v1/members?q=" + marker + "&sort=NEWEST");
        assertThat(first).bodyJson().extractingPath("$.members.length()").isEqualTo(DirectorySearch.PAGE_SIZE);
        var second = visitor.get(nextPageOf(first));

        assertThat(second).bodyJson().extractingPath("$.members.length()").isEqualTo(5);
        assertThat(second).bodyJson().extractingPath("$.next").isNull();
        assertThat(second).bodyJson().extractingPath("$.members[4].name").isEqualTo("Member 0 " + marker);
    }

    @Test
    void nearestFirstPagesFollowOneAnotherAcrossMembersOfTheSameTown() {
        var marker = marker();
        for (int i = 0; i < DirectorySearch.PAGE_SIZE + 3; i++) {
            listings().list("Gent " + i + " " + marker, Visibility.MEMBERS, "9000", marker);
        }
        listings().list("Far " + marker, Visibility.MEMBERS, "4000", marker);
        var visitor = signedIn();

        var first = visitor.get("/api/v1/members?q=" + marker + "&near=9000&km=200&sort=DISTANCE");
        var second = visitor.get(nextPageOf(first));

        assertThat(second).bodyJson().extractingPath("$.members.length()").isEqualTo(4);
        assertThat(second).bodyJson().extractingPath("$.members[3].name").isEqualTo("Far " + marker);
    }

    @Test
    void visitorsWhoAreNotSignedInFindPublicProfilesOnly() {
        var marker = marker();
        listings().list("Public One " + marker, Visibility.PUBLIC, "5000", marker);
        listings().list("Members Only " + marker, Visibility.MEMBERS, "5000", marker);

        var page = new Visitor(mvc).get("/directory?q=" + marker);

        assertThat(page).hasStatusOk().bodyText().contains("Public One").doesNotContain("Members Only");
    }

    @Test
    void resultsUpdateAsOneTypesWithAFragment() {
        var marker = marker();
        listings().list("Fragment Person " + marker, Visibility.MEMBERS, "5000", marker);

        var fragment = signedIn().get("/directory?q=" + marker, "HX-Request", "true");

        assertThat(fragment).hasStatusOk().bodyText().contains("Fragment Person").doesNotContain("<html");
    }

    @Test
    void hostileSearchStringsGetAnOrdinaryAnswer() {
        var visitor = signedIn();
        for (var hostile : new String[] {
            "\"unclosed", "name:* OR 1=1", "'; drop table directory.profile; --", "+-&&||!(){}[]^\"~*?:\\/", "x".repeat(5_000), "AND OR NOT"
        }) {
            assertThat(visitor.get("/directory?q=" + java.net.URLEncoder.encode(hostile, java.nio.charset.StandardCharsets.UTF_8)))
                    .hasStatusOk();
            assertThat(visitor.get("/api/v1/members?q=" + java.net.URLEncoder.encode(hostile, java.nio.charset.StandardCharsets.UTF_8)
                    + "&skill=abc&km=-5&sort=DROP&after=1;2&page=999999999999")).hasStatusOk();
        }
    }
}
