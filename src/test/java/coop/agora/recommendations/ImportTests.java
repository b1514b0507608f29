package coop.agora.recommendations;

import static coop.agora.recommendations.TrackerFixtures.signedIn;
import static org.assertj.core.api.Assertions.assertThat;

import coop.agora.AgoraIntegrationTest;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** An admin imports a cycle from a file: all of it, or nothing and the line at fault. */
@AgoraIntegrationTest
class ImportTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient db;

    private int cycles(String name) {
        return db.sql("select count(*) from recommendations.cycle where name = ?").param(name).query(Integer.class).single();
    }

    private static String name() {
        return "Import " + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void anAdminImportsTheDemoCycleFromMarkdownAndFindsItInTheList() throws Exception {
        var admin = signedIn(mvc, "admin@agora.example");
        var name = name();

        var imported = admin.upload("/admin/recommendations/import", "file", "cycle.md", "text/markdown",
                CycleFileTests.demo().getBytes(StandardCharsets.UTF_8), "name", name, "topic", "Accompagnement", "language", "fr");

        assertThat(imported).hasStatus3xxRedirection();
        assertThat(cycles(name)).isEqualTo(1);
        assertThat(admin.get(imported.getResponse().getRedirectedUrl())).bodyText().contains("22 recommandations affichées sur 22");
    }

    @Test
    void anAdminImportsACsvFile() {
        var admin = signedIn(mvc, "admin@agora.example");
        var name = name();
        var csv = "number,theme,title,text,see\n1,Communicatie,Eenvoudige taal,Schrijf **eenvoudig**.,2\n2,Communicatie,Tutorials,Korte video's.,\n";

        var imported = admin.upload("/admin/recommendations/import", "file", "cyclus.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8),
                "name", name, "topic", "Communicatie", "language", "nl");

        assertThat(imported).hasStatus3xxRedirection();
        assertThat(db.sql("select title_nl from recommendations.recommendation r join recommendations.cycle c on c.id = r.cycle_id where c.name = ? order by number")
                .param(name).query(String.class).list()).containsExactly("Eenvoudige taal", "Tutorials");
    }

    @Test
    void aBadFileIsRefusedNamingItsLineAndNothingIsImported() {
        var admin = signedIn(mvc, "admin@agora.example");
        var name = name();
        var markdown = "## Thème\n\n### 1. Premier\nsee: 7\n\nTexte.\n";

        var refused = admin.upload("/admin/recommendations/import", "file", "cycle.md", "text/markdown", markdown.getBytes(StandardCharsets.UTF_8),
                "name", name, "topic", "Accompagnement", "language", "fr");

        assertThat(refused).hasStatus(422);
        assertThat(refused).bodyText().contains("Ligne 4 : elle renvoie à une recommandation absente du fichier.");
        assertThat(cycles(name)).isZero();
    }

    @Test
    void aCycleNameAlreadyUsedIsRefused() {
        var admin = signedIn(mvc, "admin@agora.example");

        var refused = admin.upload("/admin/recommendations/import", "file", "cycle.md", "text/markdown",
                "## T\n### 1. Titre\nTexte\n".getBytes(StandardCharsets.UTF_8), "name", "2020-2021", "topic", "Accompagnement", "language", "fr");

        assertThat(refused).hasStatus(422);
        assertThat(refused).bodyText().contains("Un cycle porte déjà ce nom.");
        assertThat(cycles("2020-2021")).isEqualTo(1);
    }

    @Test
    void onlyAdminsImport() {
        var advisor = signedIn(mvc, "advisor@agora.example");
        var name = name();

        assertThat(advisor.get("/admin/recommendations/import")).hasStatus(403);
        assertThat(advisor.upload("/admin/recommendations/import", "file", "cycle.md", "text/markdown", "## T\n### 1. Titre\nTexte\n".getBytes(StandardCharsets.UTF_8),
                "name", name, "topic", "Accompagnement", "language", "fr")).hasStatus(403);
        assertThat(cycles(name)).isZero();
    }
}
