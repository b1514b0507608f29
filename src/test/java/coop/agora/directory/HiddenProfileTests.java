package coop.agora.directory;

import static org.assertj.core.api.Assertions.assertThat;

import coop.agora.AgoraIntegrationTest;
import coop.agora.Visitor;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** A hidden profile appears on no surface of Agora, whoever looks. */
@AgoraIntegrationTest
class HiddenProfileTests {

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
        return new TestMembers(mvc, db).signedIn("Looking Member", "fr").visitor();
    }

    private static String marker() {
        return "zh" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    @Test
    void aHiddenProfileIsNotInTheSearchResults() {
        var marker = marker();
        listings().list("Hidden Hilde " + marker, Visibility.HIDDEN, "1000", marker, "Céramique");

        assertThat(signedIn().get("/directory?q=" + marker)).hasStatusOk().bodyText().doesNotContain("Hidden Hilde");
    }

    @Test
    void aHiddenProfileIsNotCountedInTotalsOrFacets() {
        var marker = marker();
        listings().list("Hidden Hans " + marker, Visibility.HIDDEN, "1000", marker, java.util.Set.of(Sector.ENVIRONMENT), "Apiculture");
        listings().list("Listed Lies " + marker, Visibility.MEMBERS, "1000", marker, java.util.Set.of(Sector.ENVIRONMENT), "Apiculture");

        var api = signedIn().get("/api/v1/members?q=" + marker);

        assertThat(api).bodyJson().extractingPath("$.total").isEqualTo(1);
        assertThat(api).bodyJson().extractingPath("$.facets.sectors[0].count").isEqualTo(1);
        assertThat(api).bodyJson().extractingPath("$.facets.skills[0].count").isEqualTo(1);
    }

    @Test
    void aHiddenProfileIsNotInTheApiEvenForItsOwnerOrAnAdmin() {
        var marker = marker();
        listings().list("Hidden Henk " + marker, Visibility.HIDDEN, "1000", marker);
        var admin = new TestMembers(mvc, db).signedIn("Curious Admin", "fr", "ADMIN").visitor();

        assertThat(admin.get("/api/v1/members?q=" + marker)).bodyJson().extractingPath("$.total").isEqualTo(0);
        assertThat(new Visitor(mvc).get("/api/v1/members?q=" + marker)).bodyJson().extractingPath("$.total").isEqualTo(0);
    }

    @Test
    void aSkillProposedByAHiddenMemberIsNotSuggestedToOthers() {
        var member = new TestMembers(mvc, db).signedIn("Hidden Proposer", "nl");
        var skill = "Zeldzaam" + marker();
        member.visitor().post("/directory/profile",
                "displayName", "Hidden Proposer", "visibility", "HIDDEN", "newSkill", skill, "proposeSkill", "on");

        assertThat(member.visitor().get("/directory/skills/suggest?newSkill=" + skill)).bodyText().contains(skill);
        assertThat(signedIn().get("/directory/skills/suggest?newSkill=" + skill)).bodyText().doesNotContain(skill);
    }

    @Test
    void aHiddenProfileIsNotOnTheMap() {
        var before = new MemberMapCounts(signedIn()).inTown("6700 Arlon");
        listings().list("Hidden Hugo " + marker(), Visibility.HIDDEN, "6700", "");

        assertThat(new MemberMapCounts(signedIn()).inTown("6700 Arlon")).isEqualTo(before);
    }

    @Test
    void aHiddenProfileIsNotInTheSitemap() {
        var marker = marker();
        var shown = listings().list("Shown Sofie " + marker, Visibility.PUBLIC, "1000", marker);
        var hidden = listings().list("Hidden Hubert " + marker, Visibility.HIDDEN, "1000", marker);

        var sitemap = new Visitor(mvc).get("/directory/sitemap.xml");

        assertThat(sitemap).hasStatusOk().bodyText().contains("/directory/members/" + shown + "-").doesNotContain("/directory/members/" + hidden + "-");
    }

    @Test
    void aHiddenProfilePageIsNotFoundForAnotherMember() {
        var hidden = listings().list("Hidden Hanna " + marker(), Visibility.HIDDEN, "1000", "");

        assertThat(signedIn().get("/directory/members/" + hidden)).hasStatus(404);
        assertThat(new Visitor(mvc).get("/directory/members/" + hidden)).hasStatus(404);
    }

    @Test
    void hidingAListedProfileRemovesItEverywhereAtOnce() {
        var member = new TestMembers(mvc, db).signedIn("Changing Mind", "fr");
        var marker = marker();
        member.visitor().post("/directory/profile", TestMembers.profile("Changing Mind", "PUBLIC", "Arlon", "headline", marker));
        assertThat(signedIn().get("/api/v1/members?q=" + marker)).bodyJson().extractingPath("$.total").isEqualTo(1);

        member.visitor().post("/directory/profile", TestMembers.profile("Changing Mind", "HIDDEN", "Arlon", "headline", marker));

        assertThat(signedIn().get("/api/v1/members?q=" + marker)).bodyJson().extractingPath("$.total").isEqualTo(0);
        assertThat(new Visitor(mvc).get("/directory/sitemap.xml")).bodyText().doesNotContain("/directory/members/" + member.id() + "-");
    }
}
