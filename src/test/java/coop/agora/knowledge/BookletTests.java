package coop.agora.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import coop.agora.AgoraIntegrationTest;
import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@AgoraIntegrationTest
class BookletTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient db;

    @Autowired
    OneTimeTask<Long> bookletTypesetting;

    /**
     * Background jobs may not run by themselves in tests: this runs the typesetting job of every
     * edition still being prepared, as a node would; one run by a scheduler of another test is waited for.
     */
    private void typesetScheduledEditions() {
        for (var id : db.sql("select id from knowledge.booklet_publication where status = 'PREPARING'").query(Long.class).list()) {
            bookletTypesetting.execute(Booklets.TYPESETTING.instance(String.valueOf(id)).data(id).build(), null);
        }
    }

    private static String text(byte[] pdf) throws IOException {
        try (var document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    private long group(String title) {
        return db.sql("select group_id from knowledge.article where title = ?").param(title).query(Long.class).single();
    }

    @Test
    void anAdminAssemblesAndPublishesABookletThatMembersDownloadInTheirLanguage() throws Exception {
        var admin = Editors.signedIn(mvc, "admin@agora.example");
        assertThat(admin.post("/knowledge/booklets", "office", "2", "year", "2031",
                "guide", String.valueOf(group("Votre premier contrat avec un client")),
                "guide", String.valueOf(group("Devenir associé : les parts sociales")),
                "guide", String.valueOf(group("Faire votre première facture, pas à pas")))).hasRedirectedUrl("/knowledge/booklets");
        var booklet = db.sql("select id from knowledge.booklet where office_id = 2 and year = 2031").query(Long.class).single();

        assertThat(admin.post("/knowledge/booklets/" + booklet + "/publish")).hasRedirectedUrl("/knowledge/booklets");
        assertThat(admin.get("/knowledge/booklets")).bodyText().contains("Nouvelle édition en préparation");
        assertThat(Editors.signedIn(mvc, "member@agora.example").get("/knowledge/booklet/LGE/nl")).hasStatus(404);

        typesetScheduledEditions();

        assertThat(admin.get("/knowledge/booklets")).bodyText().doesNotContain("en préparation");
        var download = Editors.signedIn(mvc, "member@agora.example").get("/knowledge/booklet/LGE/nl");
        assertThat(download).hasStatusOk().hasContentType("application/pdf");
        var pdf = download.getResponse().getContentAsByteArray();
        assertThat(text(pdf)).contains("Onthaalbrochure").contains("Kantoor Luik · 2031").contains("Inhoud")
                .contains("Je eerste contract met een klant").contains("Coöperatief leven").contains("Vennoot worden: de aandelen")
                .contains("Verzamel de gegevens").contains("Rue Saint-Gilles 28").contains("Druk op 2: Facturatie en btw")
                .containsPattern("\\d+ / \\d+");
        try (var document = Loader.loadPDF(pdf)) {
            for (var page : document.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                }
            }
        }
    }

    @Test
    void editionsAreKeptAndTheNewestIsDownloaded() {
        var admin = Editors.signedIn(mvc, "admin@agora.example");
        admin.post("/knowledge/booklets", "office", "3", "year", "2032", "guide", String.valueOf(group("Comment fonctionne la coopérative ?")));
        var booklet = db.sql("select id from knowledge.booklet where office_id = 3 and year = 2032").query(Long.class).single();
        admin.post("/knowledge/booklets/" + booklet + "/publish");
        admin.post("/knowledge/booklets/" + booklet + "/publish");
        typesetScheduledEditions();

        assertThat(db.sql("select count(*) from knowledge.booklet_edition where booklet_id = ?").param(booklet).query(Long.class).single())
                .isEqualTo(6);
        var newest = db.sql("""
                        select file_id from knowledge.booklet_edition where booklet_id = ? and language = 'fr'
                        order by published_at desc, id desc limit 1""").param(booklet)
                .query(Long.class).single();
        assertThat(Editors.signedIn(mvc, "member@agora.example").get("/knowledge/booklet/CRL/fr").getResponse().getContentAsByteArray())
                .isEqualTo(db.sql("select content from platform.stored_file where id = ?").param(newest).query(byte[].class).single());
    }

    @Test
    void aFailedTypesettingIsShownToTheAdminsWithItsCause() {
        var admin = Editors.signedIn(mvc, "admin@agora.example");
        var booklet = db.sql("insert into knowledge.booklet (office_id, year) values (999, 2034) returning id").query(Long.class).single();
        db.sql("insert into knowledge.booklet_item (booklet_id, position, group_id) values (?, 0, ?)")
                .params(booklet, group("Comment fonctionne la coopérative ?")).update();

        admin.post("/knowledge/booklets/" + booklet + "/publish");
        typesetScheduledEditions();

        assertThat(admin.get("/knowledge/booklets")).bodyText().contains("n'a pas pu être préparée").contains("office 999 no longer exists");
        assertThat(db.sql("select count(*) from knowledge.booklet_edition where booklet_id = ?").param(booklet).query(Long.class).single()).isZero();
    }

    @Test
    void aBookletWithoutGuidesIsRefused() {
        var refused = Editors.signedIn(mvc, "admin@agora.example").post("/knowledge/booklets", "office", "4", "year", "2033");

        assertThat(refused).hasStatus(422).bodyText().contains("Choisissez au moins un guide publié.");
        assertThat(db.sql("select count(*) from knowledge.booklet where office_id = 4 and year = 2033").query(Long.class).single()).isZero();
    }

    @Test
    void onlyAdminsAssembleBooklets() {
        assertThat(Editors.signedIn(mvc, "advisor@agora.example").get("/knowledge/booklets")).hasStatus(403);
    }
}
