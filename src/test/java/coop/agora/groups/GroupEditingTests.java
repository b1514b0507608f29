package coop.agora.groups;

import static org.assertj.core.api.Assertions.assertThat;

import coop.agora.AgoraIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** Organizers and admins change a group once approved; its forum category follows its name. */
@AgoraIntegrationTest
class GroupEditingTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient db;

    GroupTesting testing;

    @BeforeEach
    void setUp() {
        testing = new GroupTesting(mvc, db);
    }

    private static String[] form(String name, String kind, String town, String description, String joining) {
        return new String[] {"name", name, "kind", kind, "office", "", "town", town, "description", description, "languages", "fr",
            "languages", "nl", "joining", joining};
    }

    @Test
    void anOrganizerRenamesTheGroupAndChangesHowMembersJoinAndItsForumCategoryIsRenamed() throws Exception {
        var organizer = testing.member("Sarah Organise");
        var id = testing.approved(organizer, GroupTesting.unique("Jardiniers"), "OPEN");
        var newName = GroupTesting.unique("Jardiniers de Gand");

        assertThat(organizer.visitor().get("/groups/" + id)).bodyText().contains("/groups/" + id + "/edit");
        assertThat(organizer.visitor().get("/groups/" + id + "/edit")).hasStatusOk();
        var saved = organizer.visitor().post("/groups/" + id + "/edit", form(newName, "LOCAL", "Gent", "Nous jardinons **ensemble**.", "INVITATION"));

        assertThat(saved).hasRedirectedUrl("/groups/" + id);
        var row = db.sql("select name, kind, town, joining, description_html, languages from groups.member_group where id = ?").param(id).query()
                .singleRow();
        assertThat(row).containsEntry("name", newName).containsEntry("kind", "LOCAL").containsEntry("town", "Gent")
                .containsEntry("joining", "INVITATION");
        assertThat((String) row.get("description_html")).contains("<strong>ensemble</strong>");
        var category = db.sql("select name_fr, name_nl, name_en, description_fr, slug from forum.category where group_id = ?").param(id).query()
                .singleRow();
        assertThat(category).containsEntry("name_fr", newName).containsEntry("name_nl", newName).containsEntry("name_en", newName);
        assertThat((String) category.get("description_fr")).contains(newName);
        assertThat(organizer.visitor().get("/forum/c/" + category.get("slug"))).hasStatusOk().bodyText().contains(newName);
        assertThat(testing.member("Nouveau").visitor().post("/groups/" + id + "/join")).hasStatus(403);
    }

    @Test
    void anAdminEditsAnyGroup() {
        var id = testing.approved(testing.member("Tom Organise"), GroupTesting.unique("Couturiers"), "OPEN");
        var admin = testing.member("Ada Admin", "ADMIN");

        assertThat(admin.visitor().post("/groups/" + id + "/edit", form(GroupTesting.unique("Couture"), "THEMATIC", "", "Du fil.", "REQUEST")))
                .hasRedirectedUrl("/groups/" + id);
        assertThat(db.sql("select joining from groups.member_group where id = ?").param(id).query(String.class).single()).isEqualTo("REQUEST");
    }

    @Test
    void aMemberWhoIsNotAnOrganizerCannotEditTheGroup() {
        var id = testing.approved(testing.member("Ugo Organise"), GroupTesting.unique("Photographes"), "OPEN");
        var member = testing.member("Vera Membre");
        member.visitor().post("/groups/" + id + "/join");

        assertThat(member.visitor().get("/groups/" + id)).bodyText().doesNotContain("/groups/" + id + "/edit");
        assertThat(member.visitor().get("/groups/" + id + "/edit")).hasStatus(403);
        assertThat(member.visitor().post("/groups/" + id + "/edit", form("Piraté", "THEMATIC", "", "Piraté.", "OPEN"))).hasStatus(403);
        assertThat(db.sql("select name from groups.member_group where id = ?").param(id).query(String.class).single()).startsWith("Photographes");
    }

    @Test
    void aNameTakenByAnotherGroupOrAMissingDescriptionIsRefusedAndNothingChanges() {
        var organizer = testing.member("Wim Organise");
        var taken = GroupTesting.unique("Brasseurs");
        testing.approved(testing.member("Xavier"), taken, "OPEN");
        var name = GroupTesting.unique("Boulangers");
        var id = testing.approved(organizer, name, "OPEN");

        var refused = organizer.visitor().post("/groups/" + id + "/edit", form(taken, "LOCAL", "", "", "SOMETIMES"));

        assertThat(refused).hasStatus(422).bodyText().contains("Un groupe porte déjà ce nom").contains("Dites de quoi parle le groupe")
                .contains("Un groupe local a besoin d'un bureau ou d'une ville").contains("Choisissez qui peut rejoindre le groupe");
        assertThat(db.sql("select name from groups.member_group where id = ?").param(id).query(String.class).single()).isEqualTo(name);
        assertThat(organizer.visitor().post("/groups/" + id + "/edit", form(name, "THEMATIC", "", "Du pain.", "OPEN"))).hasStatus3xxRedirection();
    }
}
