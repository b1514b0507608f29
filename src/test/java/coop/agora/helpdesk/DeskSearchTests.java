package coop.agora.helpdesk;

import static org.assertj.core.api.Assertions.assertThat;

import coop.agora.AgoraIntegrationTest;
import coop.agora.platform.SearchIndexesRebuilt;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@AgoraIntegrationTest
class DeskSearchTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient db;

    @Autowired
    DeskSearchIndexing indexing;

    @Autowired
    DeskSearch search;

    HelpdeskTestSupport support;
    HelpdeskTestSupport.Person advisor;

    @BeforeEach
    void setUp() {
        support = new HelpdeskTestSupport(mvc, db);
        advisor = support.demo(DeskTests.ADVISOR);
    }

    private String results(String query) {
        indexing.catchUp();
        var result = advisor.browser().get("/desk/search?q=" + query, "HX-Request", "true");
        assertThat(result).hasStatusOk();
        return new String(result.getResponse().getContentAsByteArray(), java.nio.charset.StandardCharsets.UTF_8);
    }

    private static String link(long id) {
        return "href=\"/desk/requests/" + id + "\"";
    }

    @Test
    void findsARequestByFrenchWordsOfItsMessage_withoutAccentsAndInTheSingular() {
        var member = support.member("Hortense Grue", HelpdeskTestSupport.BRUSSELS);
        var id = support.ask(member, "Location de matériel", "Mes échafaudages loués pour le chantier de Namur sont-ils déductibles ?");

        assertThat(results("echafaudage")).contains(link(id)).contains("<mark>échafaudages</mark>");
    }

    @Test
    void findsARequestByDutchWordsOfItsMessage() {
        var member = support.member("Joris Steenbakker", HelpdeskTestSupport.GHENT);
        var id = support.ask(member, "Materiaal", "Mag ik de kruiwagens voor mijn tuinwerken als kosten inboeken?");

        assertThat(results("kruiwagen")).contains(link(id));
    }

    @Test
    void findsARequestByTheMembersName() {
        var member = support.member("Gaspard Tournesolier", HelpdeskTestSupport.BRUSSELS);
        var id = support.ask(member, "Question", "Bonjour.");

        assertThat(results("tournesolier")).contains(link(id)).contains("Gaspard Tournesolier");
    }

    @Test
    void aReferenceOpensItsRequest() {
        var member = support.member("Ines Renvoi", HelpdeskTestSupport.BRUSSELS);
        var id = support.ask(member, "Une question", "Bonjour.");

        assertThat(advisor.browser().get("/desk/search?q=" + id)).hasStatus3xxRedirection().hasRedirectedUrl("/desk/requests/" + id);
        assertThat(search.referenced("#" + id)).contains(id);
        assertThat(search.referenced("#999999999")).isEmpty();
    }

    @Test
    void whileTypingAReferenceTheRequestIsListed() {
        var member = support.member("Jules Liste", HelpdeskTestSupport.BRUSSELS);
        var id = support.ask(member, "Une autre question", "Bonjour.");

        assertThat(results(String.valueOf(id))).contains(link(id));
    }

    @Test
    void anInternalNoteIsFoundAndSaidToBeOne() {
        var member = support.member("Karim Note", HelpdeskTestSupport.BRUSSELS);
        var id = support.ask(member, "Frais de géomètre", "Bonjour, comment encoder cette dépense ?");
        advisor.browser().post("/desk/requests/" + id + "/write", "kind", "NOTE", "body", "Demander le bordereau signé par le cadastre.", "after", "IN_PROGRESS");

        var found = results("bordereau+cadastre");

        assertThat(found).contains(link(id)).contains("tag--note").containsAnyOf("Note interne", "Internal note", "Interne notitie");
        assertThat(found).contains("<mark>bordereau</mark>");
    }

    @Test
    void membersMayNotSearch() {
        var member = support.member("Lola Curieuse", HelpdeskTestSupport.BRUSSELS);

        assertThat(member.browser().get("/desk/search?q=facture")).hasStatus(403);
    }

    @Test
    void filtersNarrowTheResults() {
        var member = support.member("Maxime Filtre", HelpdeskTestSupport.BRUSSELS);
        var id = support.ask(member, "Pergola", "Ma pergola bioclimatique est-elle un investissement ?");

        assertThat(results("pergola&pole=ACTIVITY_SECURING&status=RECEIVED")).contains(link(id));
        assertThat(results("pergola&pole=COOPERATIVE_LIFE")).doesNotContain(link(id));
        assertThat(results("pergola&status=CLOSED")).doesNotContain(link(id));
    }

    @Test
    void anEmptyQueryAsksForWords() {
        var page = advisor.browser().get("/desk/search?q=");

        assertThat(page).hasStatusOk().bodyText().containsAnyOf("Tapez au moins un mot", "Type at least one word", "Typ minstens");
    }

    @Test
    void aQueryTooLongIsRefusedWithAMessage() {
        var page = advisor.browser().get("/desk/search?q=" + "a".repeat(300));

        assertThat(page).hasStatus(422).bodyText().containsAnyOf("au plus 200 caractères", "at most 200 characters", "hoogstens 200 tekens");
    }

    @Test
    void anUnknownFilterIsRefusedWithAMessage() {
        var page = advisor.browser().get("/desk/search?q=facture&pole=NOPE&office=abc");

        assertThat(page).hasStatus(422).bodyText().containsAnyOf("Choisissez une valeur de la liste", "Choose a value from the list", "Kies een waarde");
    }

    @Test
    void theQueueAndTheJobKeepTheIndexInStep() {
        var member = support.member("Nora Suivi", HelpdeskTestSupport.BRUSSELS);
        var id = support.ask(member, "Chapiteau", "Puis-je louer un chapiteau pour mon marché de Noël ?");
        assertThat(queued(id)).isPositive();

        assertThat(results("chapiteau")).contains(link(id));
        assertThat(queued(id)).isZero();

        member.browser().post("/help/requests/" + id + "/reply", "body", "Précision : le chapiteau fait huit mètres, avec des guirlandes.");
        assertThat(results("guirlande")).contains(link(id));

        advisor.browser().post("/desk/requests/" + id + "/take");
        advisor.browser().post("/desk/requests/" + id + "/write", "kind", "ADVISOR", "body", "Oui, avec une assurance événementielle.", "after", "ANSWERED");
        assertThat(results("evenementielle")).contains(link(id));
    }

    @Test
    void aMergedRequestIsFoundThroughTheRequestItJoined() {
        var member = support.member("Oscar Doublon", HelpdeskTestSupport.BRUSSELS);
        var target = support.ask(member, "Remboursement kilométrique", "Comment déclarer mes kilomètres ?");
        var duplicate = support.ask(member, "Trottinette électrique", "Ma trottinette compte-t-elle pour les déplacements ?");
        advisor.browser().post("/desk/requests/" + duplicate + "/take");

        assertThat(advisor.browser().post("/desk/requests/" + duplicate + "/merge", "target", String.valueOf(target))).hasStatus3xxRedirection();

        var found = results("trottinette");
        assertThat(found).contains(link(target)).contains(link(duplicate));
        assertThat(db.sql("select status from helpdesk.request where id = ?").param(duplicate).query(String.class).single()).isEqualTo("CLOSED");
        assertThat(results("trottinette&status=CLOSED")).contains(link(duplicate)).doesNotContain(link(target));
    }

    @Test
    void anErasedMembersNameAndWordsAreNoLongerFound() {
        var member = support.member("Quentin Effacevitch", HelpdeskTestSupport.BRUSSELS);
        var id = support.ask(member, "Question", "Mon hydravion est-il un bien professionnel ?");
        assertThat(results("effacevitch")).contains(link(id));

        member.browser().post("/account/erase", "currentPassword", HelpdeskTestSupport.PASSWORD, "confirmation", "on");

        assertThat(results("effacevitch")).doesNotContain(link(id));
        assertThat(results("hydravion")).doesNotContain(link(id));
    }

    @Test
    void aRebuildForgetsWhatItCovered(@Autowired ApplicationEventPublisher events) {
        var member = support.member("Paula Reconstruite", HelpdeskTestSupport.BRUSSELS);
        var id = support.ask(member, "Question", "Bonjour.");
        assertThat(queued(id)).isPositive();

        events.publishEvent(new SearchIndexesRebuilt(Instant.now().plus(2, ChronoUnit.MINUTES)));

        assertThat(queued(id)).isZero();
    }

    private long queued(long requestId) {
        return db.sql("select count(*) from helpdesk.search_queue where request_id = ?").param(requestId).query(Long.class).single();
    }
}
