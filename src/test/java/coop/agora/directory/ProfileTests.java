package coop.agora.directory;

import static org.assertj.core.api.Assertions.assertThat;

import coop.agora.AgoraIntegrationTest;
import coop.agora.Visitor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@AgoraIntegrationTest
class ProfileTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient db;

    private TestMembers members() {
        return new TestMembers(mvc, db);
    }

    private String visibilityOf(long id) {
        return db.sql("select visibility from directory.profile where member_id = ?").param(id).query(String.class).single();
    }

    @Test
    void aNewMemberIsHiddenUntilTheyChooseOtherwise() {
        var member = members().signedIn("Aline Hidden", "fr");

        assertThat(member.visitor().get("/directory/profile")).hasStatusOk()
                .bodyText().contains("value=\"HIDDEN\" checked");
        assertThat(db.sql("select count(*) from directory.profile where member_id = ?").param(member.id()).query(Long.class).single()).isZero();
    }

    @Test
    void aMemberListsThemselvesWithSkillsAndATownAndTheirConsentIsRecorded() {
        var member = members().signedIn("Bert Listed", "nl");

        var saved = member.visitor().post("/directory/profile", TestMembers.profile("Bert Listed", "MEMBERS", "9000 Gent",
                "newSkill", "boekhouding", "sectors", "CONSULTING", "languages", "nl", "openToMissions", "on"));

        assertThat(saved).hasStatus3xxRedirection().hasRedirectedUrl("/directory/profile");
        assertThat(visibilityOf(member.id())).isEqualTo("MEMBERS");
        var consent = db.sql("select visibility, text_version from directory.consent where member_id = ?").param(member.id()).query().singleRow();
        assertThat(consent).containsEntry("visibility", "MEMBERS").containsEntry("text_version", MemberProfiles.CONSENT_TEXT_VERSION);
        var page = member.visitor().get("/directory/members/" + member.id() + "-bert-listed");
        assertThat(page).hasStatusOk().bodyText().contains("Boekhouding", "9000 Gent", "Beschikbaar voor opdrachten");
    }

    @Test
    void listingWithoutConsentIsRefusedAndChangesNothing() {
        var member = members().signedIn("Carla Careful", "fr");

        var refused = member.visitor().post("/directory/profile",
                "displayName", "Carla Careful", "visibility", "PUBLIC", "town", "Liège");

        assertThat(refused).hasStatus(422).bodyText().contains("Pour être listé·e, cochez");
        assertThat(db.sql("select count(*) from directory.profile where member_id = ?").param(member.id()).query(Long.class).single()).isZero();
    }

    @Test
    void hostileInputGetsAMessageNextToEachFieldAndChangesNothing() {
        var member = members().signedIn("Dirk Defender", "en");

        var refused = member.visitor().post("/directory/profile", TestMembers.profile("x".repeat(10_000), "PUBLIC", "Atlantis",
                "website", "javascript:alert(1)", "links", "https://example.org\ndata:text/html,<script>alert(1)</script>",
                "newSkill", "Underwater basket juggling", "sectors", "NOT_A_SECTOR", "languages", "klingon", "skills", "abc"));

        assertThat(refused).hasStatus(422).bodyText().contains(
                "The name can be at most 100 characters.",
                "We do not know this town.",
                "Please enter a web address starting with https://",
                "This skill is not in the list.",
                "Please choose from the list.");
        assertThat(db.sql("select count(*) from directory.profile where member_id = ?").param(member.id()).query(Long.class).single()).isZero();
    }

    @Test
    void theBioIsShownAsSafeHtml() {
        var member = members().signedIn("Eva Safe", "en");
        member.visitor().post("/directory/profile", TestMembers.profile("Eva Safe", "PUBLIC", "Namur",
                "bio", "**Bold** <script>alert('x')</script> [link](javascript:alert(1))"));

        var page = new Visitor(mvc).get("/directory/members/" + member.id());

        assertThat(page).hasStatus3xxRedirection();
        var canonical = new Visitor(mvc).get("/directory/members/" + member.id() + "-eva-safe");
        assertThat(canonical).hasStatusOk().bodyText().contains("<strong>Bold</strong>").doesNotContain("<script>alert", "javascript:");
    }

    @Test
    void aProposedSkillJoinsTheProfileAndWaitsForAModerator() {
        var member = members().signedIn("Fien Inventive", "nl");

        member.visitor().post("/directory/profile", TestMembers.profile("Fien Inventive", "MEMBERS", "Gent",
                "newSkill", "Kantklossen", "proposeSkill", "on"));

        var approved = db.sql("""
                        select s.approved from directory.skill s join directory.profile_skill ps on ps.skill_id = s.id
                        where ps.member_id = ? and s.label_nl = 'Kantklossen'""")
                .param(member.id()).query(Boolean.class).single();
        assertThat(approved).isFalse();
    }

    @Test
    void aMembersOnlyProfileIsNotShownToVisitorsWhoAreNotSignedIn() {
        var member = members().signedIn("Gust Members", "nl");
        member.visitor().post("/directory/profile", TestMembers.profile("Gust Members", "MEMBERS", "Gent"));

        assertThat(new Visitor(mvc).get("/directory/members/" + member.id() + "-gust-members")).hasStatus(404);
        assertThat(members().signedIn("Other", "fr").visitor().get("/directory/members/" + member.id() + "-gust-members")).hasStatusOk();
    }

    @Test
    void theMembersDataExportHoldsTheirProfileAndConsentsAndErasureForgetsThem() {
        var member = members().signedIn("Hanne Export", "nl");
        member.visitor().post("/directory/profile", TestMembers.profile("Hanne Export", "PUBLIC", "Gent"));

        var export = member.visitor().get("/account/data");

        assertThat(export).bodyJson().extractingPath("$.directory.profile.displayName").isEqualTo("Hanne Export");
        assertThat(export).bodyJson().extractingPath("$.directory.consents[0].visibility").isEqualTo("PUBLIC");
        member.visitor().post("/account/erase", "currentPassword", TestMembers.PASSWORD, "confirmation", "on");
        assertThat(db.sql("select count(*) from directory.profile where member_id = ?").param(member.id()).query(Long.class).single()).isZero();
        assertThat(new Visitor(mvc).get("/directory/members/" + member.id())).hasStatus(404);
    }
}
