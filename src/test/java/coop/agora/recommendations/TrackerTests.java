package coop.agora.recommendations;

import static coop.agora.recommendations.TrackerFixtures.recommendation;
import static coop.agora.recommendations.TrackerFixtures.signedIn;
import static org.assertj.core.api.Assertions.assertThat;

import coop.agora.AgoraIntegrationTest;
import coop.agora.Visitor;
import coop.agora.accounts.Members;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** Staff moving recommendations on, what the public sees of it, and what is refused. */
@AgoraIntegrationTest
class TrackerTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient db;

    @Autowired
    Tracker tracker;

    @Autowired
    Members members;

    long cycle;
    long first;

    @BeforeEach
    void newCycle() throws Exception {
        cycle = TrackerFixtures.cycle(tracker, members);
        first = recommendation(db, cycle, 1);
    }

    private Map<String, Object> state(long id) {
        return db.sql("select status, progress, service_id, decline_reason from recommendations.recommendation where id = ?").param(id).query().singleRow();
    }

    private int changes(long id) {
        return db.sql("select count(*) from recommendations.change where recommendation_id = ?").param(id).query(Integer.class).single();
    }

    @Test
    void anAdvisorMovesARecommendationOnAndAVisitorReadsItInTheHistory() {
        var advisor = signedIn(mvc, "chloe.fontaine@agora.example");

        var saved = advisor.post("/recommendations/" + first + "/update", "status", "IN_PROGRESS", "progress", "30", "service", "4", "reason", "",
                "note", "Un premier groupe se réunit à Liège.");

        assertThat(saved).hasStatus3xxRedirection();
        assertThat(state(first)).containsEntry("status", "IN_PROGRESS").containsEntry("progress", 30).containsEntry("service_id", 4L);
        var page = new Visitor(mvc).get("/recommendations/" + first);
        assertThat(page).hasStatusOk();
        assertThat(page).bodyText().contains("Statut : Reçue → En cours", "Avancement : 0 % → 30 %", "Service responsable : Conseil et accompagnement",
                "Un premier groupe se réunit à Liège.", "Conseiller ou conseillère, Conseil et accompagnement")
                .doesNotContain("Chloé Fontaine");
    }

    @Test
    void aMemberForgingAStatusChangeIsForbiddenAndNothingChanges() {
        var member = signedIn(mvc, "member@agora.example");
        var before = changes(first);

        var forged = member.post("/recommendations/" + first + "/update", "status", "DONE", "progress", "100", "note", "Fait !");

        assertThat(forged).hasStatus(403);
        assertThat(state(first)).containsEntry("status", "RECEIVED").containsEntry("progress", 0);
        assertThat(changes(first)).isEqualTo(before);
        assertThat(member.post("/recommendations/" + first + "/milestones", "milestoneTitle", "Faux", "due", "2027-01-01")).hasStatus(403);
        assertThat(member.post("/recommendations/" + first + "/references", "see", "3")).hasStatus(403);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "DECLINED  | 0   | ''   | Une note | Dites publiquement pourquoi la recommandation est refusée.",
        "DONE      | 150 | ''   | Une note | Indiquez l'avancement par un nombre entier de 0 à 100.",
        "FORGOTTEN | 10  | ''   | Une note | Choisissez un statut dans la liste.",
        "ACCEPTED  | 10  | 999  | Une note | Choisissez un service dans la liste.",
        "ACCEPTED  | 10  | ''   | ''       | Dites en quelques mots pourquoi cela change.",
        "RECEIVED  | 0   | ''   | Rien     | Rien n'a changé",
    })
    void badUpdatesAreExplainedNextToTheFieldAndChangeNothing(String status, String progress, String service, String note, String message) {
        var advisor = signedIn(mvc, "chloe.fontaine@agora.example");
        var before = changes(first);

        var refused = advisor.post("/recommendations/" + first + "/update", "status", status, "progress", progress, "service", service, "reason", "",
                "note", note);

        assertThat(refused).hasStatus(422);
        assertThat(refused).bodyText().contains(message);
        assertThat(state(first)).containsEntry("status", "RECEIVED");
        assertThat(changes(first)).isEqualTo(before);
    }

    @Test
    void aDeclinedRecommendationShowsItsPublicReason() {
        var advisor = signedIn(mvc, "chloe.fontaine@agora.example");

        advisor.post("/recommendations/" + first + "/update", "status", "DECLINED", "progress", "0", "service", "", "reason",
                "Déjà couvert par la recommandation 2.", "note", "Décision du comité.");

        assertThat(new Visitor(mvc).get("/recommendations/" + first)).bodyText()
                .contains("Raison publique du refus", "Déjà couvert par la recommandation 2.", "Refusée");
    }

    @Test
    void aReferenceToAMissingRecommendationIsRefusedAndAnExistingOneShowsBothWays() {
        var advisor = signedIn(mvc, "chloe.fontaine@agora.example");
        var third = recommendation(db, cycle, 3);

        var refused = advisor.post("/recommendations/" + first + "/references", "see", "44.c");

        assertThat(refused).hasStatus(422);
        assertThat(refused).bodyText().contains("Il n'y a pas de recommandation portant ce numéro dans ce cycle.");
        assertThat(db.sql("select count(*) from recommendations.reference where from_id = ?").param(first).query(Integer.class).single()).isEqualTo(1);

        assertThat(advisor.post("/recommendations/" + first + "/references", "see", "3.b")).hasStatus3xxRedirection();
        var visitor = new Visitor(mvc);
        assertThat(visitor.get("/recommendations/" + first)).bodyText().contains("Voir 2", "Voir 3.b", "Simplifier le langage");
        assertThat(visitor.get("/recommendations/" + third)).bodyText().contains("Recommandations qui renvoient à celle-ci", "Créer des assemblées de sociétaires");
    }

    @Test
    void milestonesAndRelatedPagesAreAddedAndDated() {
        var advisor = signedIn(mvc, "chloe.fontaine@agora.example");

        assertThat(advisor.post("/recommendations/" + first + "/milestones", "milestoneTitle", "Charte des assemblées", "due", "2027-03-31"))
                .hasStatus3xxRedirection();
        var milestone = db.sql("select id from recommendations.milestone where recommendation_id = ?").param(first).query(Long.class).single();
        assertThat(advisor.post("/recommendations/" + first + "/milestones/" + milestone + "/done")).hasStatus3xxRedirection();
        assertThat(advisor.post("/recommendations/" + first + "/links", "kind", "FORUM_TOPIC", "linkTitle", "Discussion sur les assemblées", "url", "/forum/t/12"))
                .hasStatus3xxRedirection();
        var refused = advisor.post("/recommendations/" + first + "/links", "kind", "EVENT", "linkTitle", "Piège", "url", "javascript:alert(1)");
        assertThat(refused).hasStatus(422);

        assertThat(new Visitor(mvc).get("/recommendations/" + first)).bodyText()
                .contains("Étape faite : Charte des assemblées", "Étape prévue : Charte des assemblées (2027-03-31)", "Discussion sur les assemblées",
                        "Sujet du forum")
                .doesNotContain("Piège");
    }

    @Test
    void theListCountsEveryChoiceOfEveryFilter() {
        var advisor = signedIn(mvc, "chloe.fontaine@agora.example");
        advisor.post("/recommendations/" + first + "/update", "status", "ACCEPTED", "progress", "10", "service", "4", "reason", "", "note", "Oui.");

        var all = new Visitor(mvc).get("/recommendations?cycle=" + cycle);
        assertThat(all).hasStatusOk();
        assertThat(all).bodyText().contains("3 recommandations affichées sur 3", "Acceptée (1)", "Reçue (2)", "Vie coopérative (2)", "Communication (1)",
                "Conseil et accompagnement (1)");

        var accepted = new Visitor(mvc).get("/recommendations?cycle=" + cycle + "&status=ACCEPTED");
        assertThat(accepted).bodyText().contains("1 recommandations affichées sur 3", "Créer des assemblées").doesNotContain("Simplifier le langage");
        assertThat(new Visitor(mvc).get("/recommendations?cycle=x&status=NOPE&theme=%27")).hasStatusOk();
    }

    @Test
    void aReaderInAnotherLanguageIsToldTheTextIsNotTranslatedYet() {
        var english = new Visitor(mvc).speaking("en");

        assertThat(english.get("/recommendations/" + first)).bodyText().contains("Not translated yet: shown in Français.", "Créer des assemblées");

        var advisor = signedIn(mvc, "chloe.fontaine@agora.example");
        assertThat(advisor.post("/recommendations/" + first + "/text", "language", "en", "title", "Create members' assemblies", "text",
                "Members meet **locally**.")).hasStatus3xxRedirection();
        assertThat(english.get("/recommendations/" + first)).bodyText().contains("Create members' assemblies", "Members meet <strong>locally</strong>.")
                .doesNotContain("Not translated yet");
    }

    @Test
    void theDashboardCountsPerStatusAndNamesTheOldestOpenRecommendation() {
        var advisor = signedIn(mvc, "chloe.fontaine@agora.example");
        advisor.post("/recommendations/" + recommendation(db, cycle, 2) + "/update", "status", "DONE", "progress", "100", "reason", "", "note", "Fait.");
        db.sql("update recommendations.recommendation set updated_at = now() - interval '400 days' where id = ?").param(first).update();

        var dashboard = new Visitor(mvc).get("/recommendations/dashboard");

        assertThat(dashboard).hasStatusOk();
        assertThat(dashboard).bodyText().contains("Recommandations par statut, cycle Test", "inchangée depuis 400 jours", "Créer des assemblées");
    }

    @Test
    void theDemoCycleIsPublicAndMarkedAsDemoData() {
        var demo = db.sql("select id from recommendations.cycle where name = '2020-2021'").query(Long.class).single();

        var list = new Visitor(mvc).get("/recommendations?cycle=" + demo);

        assertThat(list).hasStatusOk();
        assertThat(list).bodyText().contains("Données de démonstration.", "22 recommandations affichées sur 22", "Faire vivre l’école de la coopération");
    }
}
