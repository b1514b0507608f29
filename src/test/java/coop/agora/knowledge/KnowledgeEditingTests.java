package coop.agora.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import coop.agora.AgoraIntegrationTest;
import coop.agora.Visitor;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@AgoraIntegrationTest
class KnowledgeEditingTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient db;

    /** The demo advisor reads Agora in Dutch. */
    private Visitor editor() {
        return Editors.signedIn(mvc, "advisor@agora.example");
    }

    private static String[] article(String title, String body, String... more) {
        var fields = new ArrayList<>(List.of("language", "fr", "title", title, "summary", "", "level", "BASIC", "category", "2", "kind", "ARTICLE",
                "visibility", "PUBLIC", "reviewBefore", "", "body", body, "tags", "test"));
        fields.addAll(List.of(more));
        return fields.toArray(String[]::new);
    }

    private long articleTitled(String title) {
        return db.sql("select article_id from knowledge.article_version where title = ? order by id limit 1").param(title).query(Long.class).single();
    }

    private long groupOf(long article) {
        return db.sql("select group_id from knowledge.article where id = ?").param(article).query(Long.class).single();
    }

    private static String html(MvcTestResult result) throws Exception {
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void aDraftStaysHiddenUntilPublishedAndLaterChangesWaitForTheNextPublication() throws Exception {
        assertThat(editor().post("/knowledge/new", article("Facturer un client en Suisse", "La Suisse n'est pas dans l'Union : pas de TVA belge.")))
                .hasStatus3xxRedirection();
        var id = articleTitled("Facturer un client en Suisse");
        var group = groupOf(id);

        assertThat(new Visitor(mvc).get("/knowledge/articles/" + group + "/fr")).hasStatus(404);

        assertThat(editor().post("/knowledge/edit/" + id + "/publish")).hasRedirectedUrl("/knowledge/articles/" + group + "/fr");
        assertThat(editor().post("/knowledge/edit/" + id, article("Facturer un client en Suisse", "Texte revu : exportation de services.")))
                .hasRedirectedUrl("/knowledge/edit/" + id);

        assertThat(new Visitor(mvc).get("/knowledge/articles/" + group + "/fr")).hasStatusOk().bodyText()
                .contains("pas de TVA belge").doesNotContain("Texte revu");
        editor().post("/knowledge/edit/" + id + "/publish");
        assertThat(new Visitor(mvc).get("/knowledge/articles/" + group + "/fr")).bodyText().contains("Texte revu");
    }

    @Test
    void theHistoryShowsWhatChangedAndAnOldVersionCanBeRestored() throws Exception {
        editor().post("/knowledge/new", article("Frais de déplacement", "Gardez vos tickets de train."));
        var id = articleTitled("Frais de déplacement");
        editor().post("/knowledge/edit/" + id, article("Frais de déplacement", "Gardez vos tickets de train et de bus."));

        assertThat(editor().get("/knowledge/edit/" + id + "/history")).hasStatusOk().bodyText().contains("Versie 2").contains("Versie 1");
        var diff = html(editor().get("/knowledge/edit/" + id + "/versions/2"));
        assertThat(diff).contains("<del>").contains("- Gardez vos tickets de train.").contains("<ins>").contains("+ Gardez vos tickets de train et de bus.");

        assertThat(editor().post("/knowledge/edit/" + id + "/versions/1/restore")).hasRedirectedUrl("/knowledge/edit/" + id);
        assertThat(db.sql("select body from knowledge.article_version where article_id = ? and number = 3").param(id).query(String.class).single())
                .isEqualTo("Gardez vos tickets de train.");
    }

    @Test
    void aSecondTranslationInTheSameLanguageIsRefused() {
        editor().post("/knowledge/new", article("Le statut d'entrepreneur salarié", "Un salaire et une activité à vous."));
        var group = groupOf(articleTitled("Le statut d'entrepreneur salarié"));
        var dutch = article("Het statuut van werknemer-ondernemer", "Een loon en een eigen activiteit.");
        dutch[1] = "nl";

        assertThat(editor().post("/knowledge/articles/" + group + "/translate", dutch)).hasStatus3xxRedirection();
        var again = editor().post("/knowledge/articles/" + group + "/translate", dutch);

        assertThat(again).hasStatus(422).bodyText().contains("Deze gids heeft al een vertaling in deze taal.");
        assertThat(db.sql("select count(*) from knowledge.article where group_id = ?").param(group).query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void htmlBrokenVideoLinksAndForeignPicturesAreRefusedAndNothingIsSaved() {
        var before = db.sql("select count(*) from knowledge.article_version").query(Long.class).single();

        assertThat(editor().post("/knowledge/new", article("Piège", "Bonjour <script>alert(1)</script>"))).hasStatus(422).bodyText()
                .contains("HTML is niet toegelaten in een gids.");
        assertThat(editor().post("/knowledge/new", article("Vidéo", "!video[Présentation](https://www.youtube.com/watch?v=court)"))).hasStatus(422)
                .bodyText().contains("Een videolink is onleesbaar.");
        assertThat(editor().post("/knowledge/new", article("Image", "![logo](https://example.org/logo.png)"))).hasStatus(422).bodyText()
                .contains("Afbeeldingen moeten eerst hier verstuurd worden");
        assertThat(editor().post("/knowledge/new", article("", "Sans titre"))).hasStatus(422).bodyText().contains("Vul dit veld in.");

        assertThat(db.sql("select count(*) from knowledge.article_version").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void aVideoLoadsNothingFromTheVideoSiteUntilTheReaderAsks() throws Exception {
        editor().post("/knowledge/new", article("L'assemblée générale en vidéo", "Regardez le résumé.\n\n!video[Résumé de l'assemblée](https://youtu.be/dQw4w9WgXcQ)"));
        var id = articleTitled("L'assemblée générale en vidéo");
        editor().post("/knowledge/edit/" + id + "/publish");

        var page = new Visitor(mvc).get("/knowledge/articles/" + groupOf(id) + "/fr");

        assertThat(html(page)).doesNotContain("<iframe").contains("data-video-embed=\"https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ\"")
                .contains("href=\"https://www.youtube.com/watch?v=dQw4w9WgXcQ\"");
        assertThat(page.getResponse().getHeader("Content-Security-Policy")).contains("frame-src https://www.youtube-nocookie.com");
    }

    @Test
    void anUploadedPictureCanBeShownInAnArticleAndAHugeOneIsRefused() throws Exception {
        var image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
        var png = new ByteArrayOutputStream();
        ImageIO.write(image, "png", png);
        assertThat(editor().upload("/knowledge/pictures", "picture", "schema.png", "image/png", png.toByteArray())).hasStatusOk();
        var file = db.sql("select max(file_id) from knowledge.article_image").query(Long.class).single();

        assertThat(editor().post("/knowledge/new", article("Le schéma des flux", "![Schéma du client à la coopérative](/knowledge/images/" + file + ")")))
                .hasStatus3xxRedirection();
        assertThat(new Visitor(mvc).get("/knowledge/images/" + file)).hasStatusOk().hasContentType("image/jpeg");

        var huge = new byte[6 * 1024 * 1024];
        huge[0] = (byte) 0x89;
        assertThat(editor().upload("/knowledge/pictures", "picture", "huge.png", "image/png", huge)).hasStatus(422).bodyText()
                .contains("5 MB");
    }

    @Test
    void aTutorialNeedsSteps() {
        var fields = article("Ouvrir son espace membre", "");
        fields[11] = "TUTORIAL";

        assertThat(editor().post("/knowledge/new", fields)).hasStatus(422).bodyText().contains("Een stap-voor-stapgids heeft minstens één stap nodig.");
    }

    @Test
    void onlyAdvisorsAndAdminsWriteGuides() {
        var member = Editors.signedIn(mvc, "member@agora.example");

        assertThat(member.get("/knowledge/new")).hasStatus(403);
        assertThat(member.post("/knowledge/new", article("Pas autorisé", "Texte."))).hasStatus(403);
        assertThat(member.get("/knowledge/manage")).hasStatus(403);
        assertThat(Editors.signedIn(mvc, "admin@agora.example").get("/knowledge/manage")).hasStatusOk();
    }

    @Test
    void theReadabilityScoreFollowsTheTextsLanguage() {
        var dutch = editor().post("/knowledge/readability", "language", "nl", "body", "Je zoekt je klanten. Je kiest je prijs.");

        assertThat(dutch).hasStatusOk().bodyText().contains("Leesbaarheid:").contains("heel makkelijk te lezen");
        assertThat(Editors.signedIn(mvc, "member@agora.example").post("/knowledge/readability", "language", "fr", "body", "Texte.")).hasStatus(403);
    }
}
