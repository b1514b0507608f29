package coop.agora.opportunities;

import static coop.agora.opportunities.BoardFixtures.inDays;
import static coop.agora.opportunities.BoardFixtures.publish;
import static coop.agora.opportunities.BoardFixtures.signedIn;
import static coop.agora.opportunities.BoardFixtures.title;
import static org.assertj.core.api.Assertions.assertThat;

import coop.agora.AgoraIntegrationTest;
import coop.agora.Visitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** Publishing, editing, closing and marking filled, and what the board refuses. */
@AgoraIntegrationTest
class BoardWritingTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient db;

    @Test
    void aPublishedOpportunityShowsItsDetailsWithTheDescriptionAsSafeHtml() throws Exception {
        var author = signedIn(mvc, "member@agora.example");
        var title = title("Site pour une librairie");
        var id = publish(author, title, "place", "town", "town", "59000 Lille", "skills", "Développement web", "skills", "WordPress",
                "description", "Un site **rapide**.\n\n[lien](javascript:alert(1))");

        var page = author.get("/opportunities/" + id).getResponse().getContentAsString();
        assertThat(page).contains(title, "<strong>rapide</strong>", "Lille", "Développement web", "WordPress", "400 euros par jour");
        assertThat(page).doesNotContain("javascript:alert");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            deadline in the past     | deadline    | 2020-01-01                          | La date limite est déjà passée.
            not a date               | deadline    | demain                              | Donnez la date limite sous forme de date
            a script in the title    | title       | <script>alert(1)</script>           | les balises HTML ne sont pas acceptées
            an image in the text     | description | Voir <img src=x onerror=alert(1)>   | les balises HTML ne sont pas acceptées
            an unknown skill         | skills      | Dompteur de licornes                | Cette compétence n'est pas dans l'annuaire.
            an unknown town          | town        | 99999 Nullepart                     | Nous ne connaissons pas cette commune.
            no language              | languages   | xx                                  | Choisissez au moins une langue de travail.
            an unknown kind          | kind        | LOTTERY                             | Choisissez le type d'opportunité.
            """)
    void aFormBreakingARuleIsRefusedWithATranslatedMessageAndNothingIsSaved(String rule, String field, String value, String message)
            throws Exception {
        var author = signedIn(mvc, "member@agora.example");
        var title = title("Refusée");
        var changes = field.equals("town") ? new String[] {"place", "town", field, value} : new String[] {field, value};
        if (field.equals("title")) {
            title = value;
        }
        var result = author.post("/opportunities", BoardFixtures.fields(title, changes));

        assertThat(result.getResponse().getStatus()).isEqualTo(422);
        assertThat(result.getResponse().getContentAsString()).contains(message);
        assertThat(db.sql("select count(*) from opportunities.opportunity where title = ?").param(title).query(Long.class).single()).isZero();
    }

    @Test
    void anOversizeTitleOrBudgetIsRefused() throws Exception {
        var author = signedIn(mvc, "member@agora.example");
        var long151 = "a".repeat(151);
        var result = author.post("/opportunities", BoardFixtures.fields(long151, "budget", "b".repeat(201)));

        assertThat(result.getResponse().getStatus()).isEqualTo(422);
        assertThat(result.getResponse().getContentAsString())
                .contains("Le titre peut compter au plus 150 caractères.", "Le budget peut compter au plus 200 caractères.");
    }

    @Test
    void anotherMemberCanNeitherEditNorCloseButAnAdminCan() throws Exception {
        var author = signedIn(mvc, "member@agora.example");
        var title = title("Mission à protéger");
        var id = publish(author, title);
        var other = signedIn(mvc, "thomas.leroy@agora.example");

        assertThat(other.get("/opportunities/" + id + "/edit").getResponse().getStatus()).isEqualTo(403);
        assertThat(other.post("/opportunities/" + id + "/edit", BoardFixtures.fields("Volée")).getResponse().getStatus()).isEqualTo(403);
        assertThat(other.post("/opportunities/" + id + "/close").getResponse().getStatus()).isEqualTo(403);
        assertThat(other.post("/opportunities/" + id + "/filled").getResponse().getStatus()).isEqualTo(403);
        assertThat(status(id)).isEqualTo("OPEN");
        assertThat(db.sql("select title from opportunities.opportunity where id = ?").param(id).query(String.class).single()).isEqualTo(title);

        signedIn(mvc, "admin@agora.example").post("/opportunities/" + id + "/close");
        assertThat(status(id)).isEqualTo("CLOSED");
    }

    @Test
    void theAuthorEditsAndMarksFilledAndAFilledOneLeavesTheBoardButStaysInTheArchive() throws Exception {
        var author = signedIn(mvc, "member@agora.example");
        var id = publish(author, title("Mission à modifier"));
        var renamed = title("Mission modifiée");

        assertThat(author.post("/opportunities/" + id + "/edit", BoardFixtures.fields(renamed)).getResponse().getStatus()).isEqualTo(302);
        assertThat(author.get("/opportunities?q=" + renamed).getResponse().getContentAsString()).contains("href=\"/opportunities/" + id + "\"");

        author.post("/opportunities/" + id + "/filled");
        assertThat(status(id)).isEqualTo("FILLED");
        assertThat(author.get("/opportunities?q=" + renamed).getResponse().getContentAsString()).doesNotContain("href=\"/opportunities/" + id + "\"");
        assertThat(author.get("/opportunities/mine").getResponse().getContentAsString()).contains(renamed, "Pourvue");
    }

    @Test
    void anExpiredOpportunityIsHiddenFromBrowsingAndKeptInTheAuthorsArchive() throws Exception {
        var author = signedIn(mvc, "member@agora.example");
        var title = title("Mission expirée");
        var id = publish(author, title, "deadline", inDays(3));
        db.sql("update opportunities.opportunity set deadline = current_date - 2 where id = ?").param(id).update();

        assertThat(author.get("/opportunities?q=" + title).getResponse().getContentAsString()).doesNotContain("href=\"/opportunities/" + id + "\"");
        assertThat(author.get("/opportunities/mine").getResponse().getContentAsString()).contains(title, "Date limite passée");
        assertThat(author.get("/opportunities/" + id).getResponse().getContentAsString()).contains("sa date limite est passée");
    }

    @Test
    void onlyStaffMayPublishInTheNameOfTheCooperative() throws Exception {
        var member = signedIn(mvc, "member@agora.example");
        var title = title("Au nom de la coopérative");
        var refused = member.post("/opportunities", BoardFixtures.fields(title, "asCooperative", "on"));
        assertThat(refused.getResponse().getStatus()).isEqualTo(422);

        var advisor = signedIn(mvc, "chloe.fontaine@agora.example");
        var id = publish(advisor, title, "asCooperative", "on");
        assertThat(new Visitor(mvc).get("/opportunities/" + id).getResponse().getRedirectedUrl()).endsWith("/login");
        assertThat(member.get("/opportunities/" + id).getResponse().getContentAsString()).contains("La coopérative").doesNotContain("Chloé Fontaine");
    }

    private String status(long id) {
        return db.sql("select status from opportunities.opportunity where id = ?").param(id).query(String.class).single();
    }
}
