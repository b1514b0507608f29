package coop.agora.forum;

import static org.assertj.core.api.Assertions.assertThat;

import coop.agora.AgoraIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** Admins change categories, their moderators reword them and the FAQ; nobody else does. */
@AgoraIntegrationTest
class CategoryAndFaqEditingTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient db;

    ForumPeople people;

    @BeforeEach
    void setUp() {
        people = new ForumPeople(mvc, db);
    }

    private String[] form(String parent, String position, String visibility, String nameFr, String descriptionFr, String moderators) {
        return new String[] {"parent", parent, "position", position, "visibility", visibility, "nameFr", nameFr, "nameNl", "Vertaling",
            "nameEn", "Translation", "descriptionFr", descriptionFr, "descriptionNl", "Over vertalen.", "descriptionEn", "About translating.",
            "moderators", moderators};
    }

    @Test
    void anAdminRenamesMovesReordersHidesAndStaffsACategory() {
        var admin = people.member("Alice", "HIDDEN", "ADMIN");
        var moderator = people.member("Bruno", "HIDDEN");
        var parent = people.category("metiers");
        var category = people.category("traduction");
        var topic = people.topic(admin, category, "Traduire un contrat", "Qui traduit du néerlandais ?");

        var saved = admin.visitor().post("/forum/c/" + people.slugOf(category) + "/edit",
                form(String.valueOf(parent), "7", "MEMBERS", "Traduction et interprétariat", "Tout sur la traduction.", moderator.email()));

        assertThat(saved).hasRedirectedUrl("/forum/c/" + people.slugOf(category));
        var row = db.sql("select name_fr, description_fr, parent_id, position, visibility from forum.category where id = ?")
                .param(category).query().singleRow();
        assertThat(row).containsEntry("name_fr", "Traduction et interprétariat").containsEntry("description_fr", "Tout sur la traduction.")
                .containsEntry("parent_id", parent).containsEntry("position", 7).containsEntry("visibility", "MEMBERS");
        assertThat(db.sql("select member_id from forum.category_moderator where category_id = ?").param(category).query(Long.class).list())
                .containsExactly(moderator.id());
        assertThat(db.sql("select members_only from forum.topic where id = ?").param(topic).query(Boolean.class).single()).isTrue();
    }

    @Test
    void aCategoryCannotGoUnderItsOwnSubcategoryAndNothingIsWrittenOnBadInput() {
        var admin = people.member("Alice", "HIDDEN", "ADMIN");
        var top = people.category("top");
        var child = people.category("child");
        db.sql("update forum.category set parent_id = ? where id = ?").params(top, child).update();

        var cycle = admin.visitor().post("/forum/c/" + people.slugOf(top) + "/edit", form(String.valueOf(child), "1", "PUBLIC", "Renommée", "Texte", ""));
        var bad = admin.visitor().post("/forum/c/" + people.slugOf(child) + "/edit",
                form(String.valueOf(top), "beaucoup", "PUBLIC", "", "Texte", "personne@example.org"));

        assertThat(cycle).hasStatus(422).bodyText().contains("sous elle-même");
        assertThat(bad).hasStatus(422).bodyText().contains("Donnez un nombre entier").contains("Remplissez ce champ.")
                .contains("n'appartient à aucun membre");
        assertThat(db.sql("select name_fr from forum.category where id in (?, ?)").params(top, child).query(String.class).list())
                .allSatisfy(name -> assertThat(name).startsWith("Nom "));
        assertThat(db.sql("select parent_id is null from forum.category where id = ?").param(top).query(Boolean.class).single()).isTrue();
    }

    @Test
    void aCategorysModeratorRewordsItsDescriptionsButNothingElse() {
        var moderator = people.member("Chloé", "HIDDEN");
        var category = people.category("compta");
        db.sql("insert into forum.category_moderator (category_id, member_id) values (?, ?)").params(category, moderator.id()).update();

        assertThat(moderator.visitor().get("/forum/c/" + people.slugOf(category) + "/edit")).hasStatusOk().bodyText()
                .doesNotContain("Nom en français");
        var saved = moderator.visitor().post("/forum/c/" + people.slugOf(category) + "/edit",
                form("", "3", "MEMBERS", "Pris en main", "Questions de comptabilité.", moderator.email()));

        assertThat(saved).hasStatus3xxRedirection();
        var row = db.sql("select name_fr, description_fr, visibility, position from forum.category where id = ?").param(category).query().singleRow();
        assertThat((String) row.get("name_fr")).startsWith("Nom ");
        assertThat(row).containsEntry("description_fr", "Questions de comptabilité.")
                .containsEntry("visibility", "PUBLIC").containsEntry("position", 0);
        assertThat(moderator.visitor().post("/forum/c/" + people.slugOf(category) + "/close")).hasStatus(403);
    }

    @Test
    void membersAndModeratorsOfAnotherCategoryCannotEditIt() {
        var category = people.category("droit");
        var elsewhere = people.category("ailleurs");
        var otherModerator = people.member("Didier", "HIDDEN");
        db.sql("insert into forum.category_moderator (category_id, member_id) values (?, ?)").params(elsewhere, otherModerator.id()).update();
        var member = people.member("Emma", "HIDDEN");

        for (var someone : java.util.List.of(member, otherModerator)) {
            assertThat(someone.visitor().get("/forum/c/" + people.slugOf(category) + "/edit")).hasStatus(403);
            assertThat(someone.visitor().post("/forum/c/" + people.slugOf(category) + "/edit", form("", "1", "PUBLIC", "Piraté", "Piraté", "")))
                    .hasStatus(403);
        }
        assertThat(db.sql("select description_fr from forum.category where id = ?").param(category).query(String.class).single())
                .isEqualTo("Description");
    }

    @Test
    void aCategoryWithTopicsIsArchivedAndAnEmptyOneDeleted() {
        var admin = people.member("Alice", "HIDDEN", "ADMIN", "ADVISOR");
        var used = people.category("utilisee");
        var empty = people.category("vide");
        var topic = people.topic(admin, used, "Une question déjà posée", "Le texte de la question.");

        assertThat(admin.visitor().post("/forum/c/" + people.slugOf(used) + "/close")).hasStatus3xxRedirection();
        assertThat(admin.visitor().post("/forum/c/" + people.slugOf(empty) + "/close")).hasRedirectedUrl("/admin/forum");

        assertThat(db.sql("select archived_at is not null from forum.category where id = ?").param(used).query(Boolean.class).single()).isTrue();
        assertThat(db.sql("select count(*) from forum.category where id = ?").param(empty).query(Long.class).single()).isZero();
        assertThat(admin.visitor().get("/forum/t/" + topic)).hasStatusOk();
        assertThat(admin.visitor().get("/forum")).bodyText().doesNotContain(people.slugOf(used));
        assertThat(admin.visitor().post("/forum/c/" + people.slugOf(used), "title", "Un nouveau sujet ici", "body", "Texte", "language", "fr"))
                .hasStatus(422).bodyText().contains("Cette catégorie est archivée");
    }

    private long faqEntry(long category, String question) {
        var topic = db.sql("""
                        insert into forum.topic (category_id, title, language) values (?, ?, 'fr') returning id""")
                .params(category, question)
                .query(Long.class)
                .single();
        return db.sql("""
                        insert into forum.faq_entry (topic_id, category_id, question, answer, answer_html, language)
                        values (?, ?, ?, 'Une réponse.', '<p>Une réponse.</p>', 'fr') returning id""")
                .params(topic, category, question)
                .query(Long.class)
                .single();
    }

    @Test
    void aModeratorRewordsMovesAndUnpublishesAFaqEntry() {
        var moderator = people.member("Fanny", "HIDDEN");
        var category = people.category("faq-une");
        var other = people.category("faq-deux");
        for (var each : new long[] {category, other}) {
            db.sql("insert into forum.category_moderator (category_id, member_id) values (?, ?)").params(each, moderator.id()).update();
        }
        var entry = faqEntry(category, "Comment facturer un client belge ?");

        var saved = moderator.visitor().post("/forum/faq/" + entry + "/edit", "question", "Comment facturer un client en Belgique ?",
                "answer", "Avec la **TVA** belge.", "language", "fr", "category", String.valueOf(other));
        assertThat(saved).hasRedirectedUrl("/forum/faq");
        var row = db.sql("select question, answer_html, category_id from forum.faq_entry where id = ?").param(entry).query().singleRow();
        assertThat(row).containsEntry("question", "Comment facturer un client en Belgique ?").containsEntry("category_id", other);
        assertThat((String) row.get("answer_html")).contains("<strong>TVA</strong>");
        assertThat(new coop.agora.Visitor(mvc).get("/forum/faq")).bodyText().contains("Comment facturer un client en Belgique ?");

        assertThat(moderator.visitor().post("/forum/faq/" + entry + "/publish", "published", "false")).hasRedirectedUrl("/forum/faq");

        assertThat(new coop.agora.Visitor(mvc).get("/forum/faq")).bodyText().doesNotContain("Comment facturer un client en Belgique ?");
        assertThat(moderator.visitor().get("/forum/faq")).bodyText().contains("Questions retirées de la FAQ");
    }

    @Test
    void aFaqEntryWithAShortQuestionOrAnotherModeratorsCategoryIsRefusedAndKept() {
        var moderator = people.member("Gaspard", "HIDDEN");
        var category = people.category("faq-trois");
        db.sql("insert into forum.category_moderator (category_id, member_id) values (?, ?)").params(category, moderator.id()).update();
        var notHis = people.category("faq-quatre");
        var entry = faqEntry(category, "Quand payer la cotisation ?");

        var refused = moderator.visitor().post("/forum/faq/" + entry + "/edit", "question", "Quoi", "answer", " ", "language", "xx",
                "category", String.valueOf(notHis));

        assertThat(refused).hasStatus(422);
        assertThat(db.sql("select question from forum.faq_entry where id = ?").param(entry).query(String.class).single())
                .isEqualTo("Quand payer la cotisation ?");
        var elsewhere = faqEntry(notHis, "Qui relit les contrats ?");
        assertThat(moderator.visitor().get("/forum/faq/" + elsewhere + "/edit")).hasStatus(403);
        assertThat(moderator.visitor().post("/forum/faq/" + elsewhere + "/publish", "published", "false")).hasStatus(403);
        assertThat(people.member("Hugo", "HIDDEN").visitor().post("/forum/faq/" + entry + "/edit", "question", "Une question piratée",
                "answer", "Non.", "language", "fr", "category", String.valueOf(category))).hasStatus(403);
    }
}
