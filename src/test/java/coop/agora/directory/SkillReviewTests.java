package coop.agora.directory;

import coop.agora.NewMembers;
import static org.assertj.core.api.Assertions.assertThat;

import coop.agora.AgoraIntegrationTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@AgoraIntegrationTest
class SkillReviewTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient db;

    private TestMembers members() {
        return new TestMembers(mvc, db);
    }

    private static String unique(String word) {
        return word + UUID.randomUUID().toString().substring(0, 6).replaceAll("[0-9]", "x");
    }

    /** A listed member who typed a skill the vocabulary lacks and asked to propose it. */
    private NewMembers.Member proposing(String name, String skill) {
        var member = members().signedIn(name, "fr");
        member.visitor().post("/directory/profile", TestMembers.profile(name, "MEMBERS", "Namur", "newSkill", skill, "proposeSkill", "on"));
        return member;
    }

    private long skillNamed(String label) {
        return db.sql("select id from directory.skill where label_fr = ?").param(label).query(Long.class).single();
    }

    private boolean profileShows(long memberId, long skillId) {
        return db.sql("select count(*) from directory.profile_skill where member_id = ? and skill_id = ?")
                .params(memberId, skillId).query(Long.class).single() == 1;
    }

    @Test
    void aModeratorNamesAProposedSkillInThreeLanguagesAndEveryoneCanFindIt() {
        var proposed = unique("rakou");
        var dutch = unique("rakukeramiek");
        var member = proposing("Aiko Raku", proposed);
        var skill = skillNamed(proposed);
        var moderator = members().signedIn("Modéra Trice", "fr", "MODERATOR");
        assertThat(moderator.visitor().get("/directory/skills/review")).hasStatusOk().bodyText().contains(proposed);

        var approved = moderator.visitor().post("/directory/skills/review/" + skill + "/approve",
                "labelFr", "Raku " + proposed, "labelNl", dutch, "labelEn", "Raku pottery", "synonyms", "cuisson raku");

        assertThat(approved).hasStatus3xxRedirection();
        var other = members().signedIn("Autre Membre", "nl");
        assertThat(other.visitor().get("/directory/skills/suggest?newSkill=" + dutch)).bodyText().contains(dutch);
        assertThat(other.visitor().get("/directory?q=" + dutch)).bodyText().contains("Aiko Raku");
        assertThat(profileShows(member.id(), skill)).isTrue();
    }

    @Test
    void mergingMovesProfilesToTheExistingSkillAndKeepsTheWordingAsASynonym() {
        var proposed = unique("ceramiques");
        var member = proposing("Bernard Merge", proposed);
        var duplicate = skillNamed(proposed);
        var ceramics = skillNamed("Céramique");
        var moderator = members().signedIn("Modo Fusion", "fr", "MODERATOR");

        var merged = moderator.visitor().post("/directory/skills/review/" + duplicate + "/merge", "into", "keramiek");

        assertThat(merged).hasStatus3xxRedirection();
        assertThat(profileShows(member.id(), ceramics)).isTrue();
        assertThat(db.sql("select count(*) from directory.skill where id = ?").param(duplicate).query(Long.class).single()).isZero();
        assertThat(members().signedIn("Chercheur", "fr").visitor().get("/directory?q=" + proposed)).bodyText().contains("Bernard Merge");
    }

    @Test
    void mergingIntoASkillThatDoesNotExistSaysSoAndChangesNothing() {
        var proposed = unique("inconnu");
        var member = proposing("Claire Rien", proposed);
        var skill = skillNamed(proposed);
        var moderator = members().signedIn("Modo Prudent", "fr", "MODERATOR");

        var refused = moderator.visitor().post("/directory/skills/review/" + skill + "/merge", "into", "compétence imaginaire");

        assertThat(refused).hasStatus(422).bodyText().contains("Aucune compétence du vocabulaire ne porte ce nom.");
        assertThat(profileShows(member.id(), skill)).isTrue();
    }

    @Test
    void aNameMissingInOneLanguageIsRefusedAndTheSkillKeepsWaiting() {
        var proposed = unique("brodage");
        proposing("Denise Fil", proposed);
        var skill = skillNamed(proposed);
        var moderator = members().signedIn("Modo Exigeant", "fr", "MODERATOR");

        var refused = moderator.visitor().post("/directory/skills/review/" + skill + "/approve",
                "labelFr", "Broderie main", "labelNl", " ", "labelEn", "Hand embroidery");

        assertThat(refused).hasStatus(422).bodyText().contains("Donnez un nom dans cette langue.");
        assertThat(db.sql("select approved from directory.skill where id = ?").param(skill).query(Boolean.class).single()).isFalse();
    }

    @Test
    void refusingASkillRemovesItFromTheProfilesThatChoseIt() {
        var proposed = unique("spam");
        var member = proposing("Eric Refus", proposed);
        var skill = skillNamed(proposed);
        var moderator = members().signedIn("Modo Ferme", "fr", "MODERATOR");

        moderator.visitor().post("/directory/skills/review/" + skill + "/refuse");

        assertThat(profileShows(member.id(), skill)).isFalse();
        assertThat(db.sql("select count(*) from directory.skill where id = ?").param(skill).query(Long.class).single()).isZero();
    }

    @Test
    void membersWhoAreNotModeratorsCannotReviewSkills() {
        var proposed = unique("interdit");
        proposing("Fanny Seule", proposed);
        var skill = skillNamed(proposed);
        var member = members().signedIn("Simple Membre", "fr");

        assertThat(member.visitor().get("/directory/skills/review")).hasStatus(403);
        assertThat(member.visitor().post("/directory/skills/review/" + skill + "/refuse")).hasStatus(403);
        assertThat(skillNamed(proposed)).isEqualTo(skill);
    }
}
