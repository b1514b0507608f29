package coop.agora.directory;

import static org.assertj.core.api.Assertions.assertThat;

import coop.agora.AgoraIntegrationTest;
import coop.agora.Visitor;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@AgoraIntegrationTest
class ImportTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient db;

    private Visitor admin() {
        return new TestMembers(mvc, db).signedIn("Import Admin", "fr", "ADMIN").visitor();
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void anAdminImportsEscoSkillsInTwoLanguagesAndMembersCanPickThem() {
        var uri = "http://data.europa.eu/esco/skill/" + UUID.randomUUID();
        var admin = admin();

        admin.upload("/admin/directory/skills?language=fr", "file", "skills_fr.csv", "text/csv", utf8("""
                conceptType,conceptUri,skillType,reuseLevel,preferredLabel,altLabels
                KnowledgeSkillCompetence,%s,skill/competence,sector-specific,souffler le verre,"verrier
                souffleur de verre"
                """.formatted(uri)));
        var dutch = admin.upload("/admin/directory/skills?language=nl", "file", "skills_nl.csv", "text/csv", utf8("""
                conceptType,conceptUri,skillType,reuseLevel,preferredLabel,altLabels
                KnowledgeSkillCompetence,%s,skill/competence,sector-specific,glasblazen,glasblazer
                """.formatted(uri)));

        assertThat(dutch).hasStatusOk().bodyText().contains("0 ajoutés, 1 mis à jour");
        var skill = db.sql("select label_fr, label_nl, synonyms from directory.skill where esco_uri = ?").param(uri).query().singleRow();
        assertThat(skill).containsEntry("label_fr", "souffler le verre").containsEntry("label_nl", "glasblazen");
        assertThat((String) skill.get("synonyms")).contains("verrier", "glasblazer");
        var member = new TestMembers(mvc, db).signedIn("Glass Member", "nl").visitor();
        assertThat(member.get("/directory/skills/suggest?newSkill=glasbl")).bodyText().contains("glasblazen");
    }

    @Test
    void anEscoFileCompressedWithGzipIsReadAsTheFileItself() throws IOException {
        var uri = "http://data.europa.eu/esco/skill/" + UUID.randomUUID();
        var compressed = new ByteArrayOutputStream();
        try (var gzip = new GZIPOutputStream(compressed)) {
            gzip.write(utf8("""
                    conceptType,conceptUri,skillType,reuseLevel,preferredLabel,altLabels
                    KnowledgeSkillCompetence,%s,skill/competence,sector-specific,vitrail d'art,vitrailliste
                    """.formatted(uri)));
        }

        var imported = admin().upload("/admin/directory/skills?language=fr", "file", "skills_fr.csv.gz", "application/gzip", compressed.toByteArray());

        assertThat(imported).hasStatusOk().bodyText().contains("1 ajoutés");
        assertThat(db.sql("select label_fr from directory.skill where esco_uri = ?").param(uri).query(String.class).single()).isEqualTo("vitrail d'art");
    }

    @Test
    void aFileWithoutTheEscoColumnsIsRefusedAndChangesNothing() {
        var before = db.sql("select count(*) from directory.skill").query(Long.class).single();

        var refused = admin().upload("/admin/directory/skills?language=en", "file", "skills.csv", "text/csv", utf8("name,age\nx,1\n"));

        assertThat(refused).hasStatus(422).bodyText().contains("conceptUri");
        assertThat(db.sql("select count(*) from directory.skill").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void anAdminImportsGeoNamesTownsWithTheirFrenchAndDutchNames() {
        var admin = admin();

        var imported = admin.upload("/admin/directory/places", "file", "BE.txt", "text/plain", utf8(String.join("\n",
                "BE\t1790\tAffligem\tVlaanderen\tVLG\tVlaams-Brabant\tVBR\tHalle-Vilvoorde\t23\t50.9098\t4.1045\t1",
                "BE\t1421\tBraine-l'Alleud\tWallonie\tWAL\tBrabant Wallon\tWBR\tNivelles\t25\t50.6838\t4.3761\t1",
                "BE\t1421\tEigenbrakel\tVlaanderen\tVLG\tBrabant Wallon\tWBR\tNivelles\t25\t50.6838\t4.3761\t1",
                "DE\t10115\tBerlin\tBerlin\tBE\t\t\t\t\t52.5323\t13.3846\t4",
                "BE\t9999\tNowhere\tVlaanderen\tVLG\t\t\t\t\tnot-a-number\t4.1\t1")));

        assertThat(imported).hasStatusOk().bodyText().contains("2 lignes ignorées");
        var braine = db.sql("select name_fr, name_nl from directory.place where postal_code = '1421'").query().singleRow();
        assertThat(braine).containsEntry("name_fr", "Braine-l'Alleud").containsEntry("name_nl", "Eigenbrakel");
        var member = new TestMembers(mvc, db).signedIn("Town Member", "nl").visitor();
        assertThat(member.get("/directory/towns/suggest?town=eigenbr")).bodyText().contains("1421 Eigenbrakel");
    }

    @Test
    void membersWhoAreNotAdminsCannotImport() {
        var member = new TestMembers(mvc, db).signedIn("Not Admin", "fr").visitor();

        assertThat(member.get("/admin/directory")).hasStatus(403);
        assertThat(member.upload("/admin/directory/places", "file", "BE.txt", "text/plain", utf8("x"))).hasStatus(403);
    }
}
