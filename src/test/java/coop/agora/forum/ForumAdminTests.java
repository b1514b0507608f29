package coop.agora.forum;

import static org.assertj.core.api.Assertions.assertThat;

import coop.agora.AgoraIntegrationTest;
import coop.agora.Visitor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@AgoraIntegrationTest
class ForumAdminTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient db;

    /** Sessions are kept: the demo admin signs in in other test classes too, and sign-ins per account are limited. */
    private Visitor signedIn(String email) {
        return SESSIONS.computeIfAbsent(email, address -> {
            var visitor = new Visitor(mvc);
            visitor.signIn(address, "agora-demo-2026");
            return visitor;
        });
    }

    private static final java.util.Map<String, Visitor> SESSIONS = new java.util.concurrent.ConcurrentHashMap<>();

    @Test
    void anAdminCreatesACategoryAndNamesItsModerator() {
        var admin = signedIn("admin@agora.example");

        assertThat(admin.post("/admin/forum/categories", "parent", "", "slug", "photo-video", "kind", "NETWORK", "visibility", "PUBLIC",
                "nameFr", "Photo et vidéo", "nameNl", "Foto en video", "nameEn", "Photo and video",
                "descriptionFr", "Tournages, montage, droits à l'image.", "descriptionNl", "Opnames, montage, portretrecht.",
                "descriptionEn", "Shoots, editing, image rights.")).hasRedirectedUrl("/admin/forum");
        var category = db.sql("select id from forum.category where slug = 'photo-video'").query(Long.class).single();
        assertThat(admin.post("/admin/forum/moderators", "category", String.valueOf(category), "email", "Mehdi.Haddad@agora.example"))
                .hasRedirectedUrl("/admin/forum");

        assertThat(admin.get("/admin/forum")).hasStatusOk().bodyText().contains("Photo et vidéo").contains("Mehdi Haddad");
        assertThat(new Visitor(mvc).speaking("nl-BE").get("/forum")).bodyText().contains("Foto en video");
    }

    @Test
    void aCategoryWithABadAddressOrMissingNamesIsRefusedAndNotCreated() {
        var before = db.sql("select count(*) from forum.category").query(Long.class).single();

        var refused = signedIn("admin@agora.example").post("/admin/forum/categories", "slug", "Pas Bon!", "kind", "NETWORK", "visibility", "PUBLIC");

        assertThat(refused).hasStatus(422).bodyText().contains("Utilisez seulement des minuscules").contains("Remplissez ce champ.");
        assertThat(db.sql("select count(*) from forum.category").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void anUnknownAddressCannotBecomeAModerator() {
        var refused = signedIn("admin@agora.example").post("/admin/forum/moderators", "category", "1", "email", "nobody@example.org");

        assertThat(refused).hasStatus(422).bodyText().contains("Aucun membre n'a cette adresse.");
    }

    @Test
    void onlyAdminsManageCategories() {
        assertThat(signedIn("moderator@agora.example").get("/admin/forum")).hasStatus(403);
        assertThat(signedIn("moderator@agora.example").post("/admin/forum/moderators", "category", "1", "email", "moderator@agora.example"))
                .hasStatus(403);
    }
}
