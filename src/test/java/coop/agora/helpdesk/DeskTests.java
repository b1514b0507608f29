package coop.agora.helpdesk;

import static org.assertj.core.api.Assertions.assertThat;

import coop.agora.AgoraIntegrationTest;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@AgoraIntegrationTest
@RecordApplicationEvents
class DeskTests {

    /** Works for activity securing and first-line contact, in Ghent. */
    static final String ADVISOR = "advisor@agora.example";
    /** Works for first-line contact only. */
    static final String FIRST_LINE_ADVISOR = "amelie.gerard@agora.example";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient db;

    HelpdeskTestSupport support;

    @BeforeEach
    void setUp() {
        support = new HelpdeskTestSupport(mvc, db);
    }

    private String status(long id) {
        return db.sql("select status from helpdesk.request where id = ?").param(id).query(String.class).single();
    }

    @Test
    void anAdvisorOfThePoleTakesNotesAndAnswers_theMemberReadsTheAnswerButNeverTheNote(@Autowired ApplicationEvents events) {
        var member = support.member("Anne Réponse", HelpdeskTestSupport.GHENT);
        var id = support.ask(member, "TVA intracommunautaire", "Dois-je facturer la TVA à un client français ?");
        var advisor = support.demo(ADVISOR);

        advisor.browser().post("/desk/requests/" + id + "/take");
        advisor.browser().post("/desk/requests/" + id + "/write", "kind", "NOTE", "body", "Client probablement assujetti, vérifier le numéro.", "after", "IN_PROGRESS");
        advisor.browser().post("/desk/requests/" + id + "/write", "kind", "ADVISOR", "body", "Non : autoliquidation, mention sur la facture.", "after", "ANSWERED");

        assertThat(status(id)).isEqualTo("ANSWERED");
        assertThat(member.browser().get("/help/requests/" + id)).hasStatusOk().bodyText()
                .contains("autoliquidation")
                .doesNotContain("Client probablement assujetti");
        assertThat(events.stream(RequestAnswered.class).filter(e -> e.requestId() == id)).singleElement()
                .satisfies(e -> assertThat(e.advisorId()).isEqualTo(advisor.id()));
        assertThat(events.stream(RequestStatusChanged.class).filter(e -> e.requestId() == id).map(RequestStatusChanged::status))
                .containsExactly(RequestStatus.IN_PROGRESS, RequestStatus.ANSWERED);
    }

    @Test
    void aNewRequestIsAnnounced(@Autowired ApplicationEvents events) {
        var member = support.member("Basile Annonce", HelpdeskTestSupport.GHENT);

        var id = support.ask(member, "Nouvelle question", "Bonjour.");

        assertThat(events.stream(RequestReceived.class).filter(e -> e.requestId() == id)).singleElement()
                .satisfies(e -> assertThat(e.memberId()).isEqualTo(member.id()));
    }

    @Test
    void anAdvisorOfAnotherPoleMayReadButNotChangeTheRequest() {
        var member = support.member("Cécile Pôle", HelpdeskTestSupport.GHENT);
        var id = support.ask(member, "Question TVA", "Bonjour.");
        var other = support.demo("bram.maes@agora.example");

        assertThat(other.browser().get("/desk/requests/" + id)).hasStatusOk();
        assertThat(other.browser().post("/desk/requests/" + id + "/take")).hasStatus(403);
        assertThat(other.browser().post("/desk/requests/" + id + "/write", "kind", "ADVISOR", "body", "Bonjour", "after", "ANSWERED")).hasStatus(403);
        assertThat(status(id)).isEqualTo("RECEIVED");
        assertThat(support.messageCount(id)).isEqualTo(1);
    }

    @Test
    void aMemberReachesNoAdvisorPage() {
        var member = support.member("Denis Curieux", HelpdeskTestSupport.GHENT);
        var id = support.ask(member, "Ma question", "Bonjour.");

        assertThat(member.browser().get("/desk")).hasStatus(403);
        assertThat(member.browser().get("/desk/requests/" + id)).hasStatus(403);
        assertThat(member.browser().post("/desk/requests/" + id + "/write", "kind", "ADVISOR", "body", "Réponse", "after", "ANSWERED")).hasStatus(403);
        assertThat(member.browser().post("/desk/requests/" + id + "/take")).hasStatus(403);
        assertThat(support.messageCount(id)).isEqualTo(1);
    }

    @Test
    void aNotesAttachmentIsNeverServedToTheMember() {
        var member = support.member("Élise Note", HelpdeskTestSupport.GHENT);
        var id = support.ask(member, "Question", "Bonjour.");
        var advisor = support.demo(ADVISOR);
        var pdf = new MockMultipartFile("attachments", "analyse.pdf", "application/pdf", "%PDF-1.4\n%%EOF\n".getBytes());
        advisor.browser().upload("/desk/requests/" + id + "/write", List.of(pdf), "kind", "NOTE", "body", "Analyse interne", "after", "IN_PROGRESS");
        var attachment = db.sql("""
                        select a.id from helpdesk.attachment a join helpdesk.message m on m.id = a.message_id
                        where m.request_id = ? and m.kind = 'NOTE'""").param(id).query(Long.class).single();

        assertThat(member.browser().get("/help/attachments/" + attachment)).hasStatus(404);
        assertThat(member.browser().get("/desk/attachments/" + attachment)).hasStatus(403);
        assertThat(advisor.browser().get("/desk/attachments/" + attachment)).hasStatusOk();
    }

    @Test
    void aForgedPoleIsRefusedWithAMessage() {
        var member = support.member("Fabien Transfert", HelpdeskTestSupport.GHENT);
        var id = support.ask(member, "Question", "Bonjour.");
        var advisor = support.demo(ADVISOR);

        var sent = advisor.browser().post("/desk/requests/" + id + "/transfer", "pole", "MARKETING");

        assertThat(sent).hasStatus(422).bodyText().containsAnyOf("Choose another pole from the list.", "Kies een andere pool uit de lijst.", "Choisissez un autre pôle dans la liste.");
        assertThat(db.sql("select pole from helpdesk.request where id = ?").param(id).query(String.class).single()).isEqualTo("ACTIVITY_SECURING");
    }

    @Test
    void aTransferSendsTheRequestToTheOtherPolesSharedQueue() {
        var member = support.member("Gaëlle Transfert", HelpdeskTestSupport.GHENT);
        var id = support.ask(member, "Question de vie coopérative", "Bonjour.");
        var advisor = support.demo(ADVISOR);
        advisor.browser().post("/desk/requests/" + id + "/take");

        advisor.browser().post("/desk/requests/" + id + "/transfer", "pole", "COOPERATIVE_LIFE");

        assertThat(db.sql("select pole || '/' || coalesce(assignee_id::text, 'shared') || '/' || status from helpdesk.request where id = ?")
                .param(id).query(String.class).single()).isEqualTo("COOPERATIVE_LIFE/shared/RECEIVED");
    }

    @Test
    void aColleagueOutsideThePoleCannotBeAssigned() {
        var member = support.member("Hélène Assigne", HelpdeskTestSupport.GHENT);
        var id = support.ask(member, "Question", "Bonjour.");
        var advisor = support.demo(ADVISOR);
        var outsider = support.demo("chloe.fontaine@agora.example");

        var sent = advisor.browser().post("/desk/requests/" + id + "/assign", "colleague", String.valueOf(outsider.id()));

        assertThat(sent).hasStatus(422);
        assertThat(db.sql("select assignee_id from helpdesk.request where id = ?").param(id).query(Long.class).optional()).isEmpty();
    }

    @Test
    void theQueueShowsThePolesOpenRequestsForItsOffice() {
        var member = support.member("Igor File", HelpdeskTestSupport.GHENT);
        var id = support.ask(member, "Dans la file de Gand", "Bonjour.");
        var advisor = support.demo(ADVISOR);

        var queue = advisor.browser().get("/desk?pole=ACTIVITY_SECURING&office=6&assignee=none");

        assertThat(queue).hasStatusOk().bodyText().contains("Dans la file de Gand");
        assertThat(advisor.browser().get("/desk?pole=COOPERATIVE_LIFE&office=6")).bodyText().doesNotContain("Dans la file de Gand");
        assertThat(id).isPositive();
    }

    @Test
    void aColleagueOnTheSameRequestIsShown() {
        var member = support.member("Julie Présence", HelpdeskTestSupport.GHENT);
        var id = support.ask(member, "Question", "Bonjour.");
        var first = support.demo(ADVISOR);
        var second = support.demo(FIRST_LINE_ADVISOR);
        first.browser().get("/desk/requests/" + id);
        first.browser().post("/desk/requests/" + id + "/presence");

        var page = second.browser().get("/desk/requests/" + id);

        assertThat(page).bodyText().contains("Pieter Janssens");
    }

    @Test
    void aCannedReplyIsFilledInForTheMember() {
        var member = support.member("Karl Modèle", HelpdeskTestSupport.GHENT);
        var id = support.ask(member, "Question", "Bonjour.");
        var advisor = support.demo(ADVISOR);
        var canned = db.sql("select id from helpdesk.canned_reply where title_en = 'Taken in hand'").query(Long.class).single();

        var page = advisor.browser().get("/desk/requests/" + id + "?canned=" + canned);

        assertThat(page).bodyText().contains("Bonjour Karl Modèle").contains("demande " + id);
    }

    @Test
    void aDuplicateIsJoinedWithTheOtherRequestOfTheSameMember() {
        var member = support.member("Léon Double", HelpdeskTestSupport.GHENT);
        var first = support.ask(member, "Ma question", "Bonjour.");
        var duplicate = support.ask(member, "Ma question (bis)", "Bonjour encore.");
        var advisor = support.demo(ADVISOR);

        advisor.browser().post("/desk/requests/" + duplicate + "/merge", "target", String.valueOf(first));

        assertThat(status(duplicate)).isEqualTo("CLOSED");
        assertThat(member.browser().get("/help/requests/" + duplicate)).bodyText().contains("regroupée avec la demande " + first);
    }

    @Test
    void aRequestOfAnotherMemberCannotBeAJoinTarget() {
        var member = support.member("Marthe Seule", HelpdeskTestSupport.GHENT);
        var stranger = support.member("Noé Autre", HelpdeskTestSupport.GHENT);
        var mine = support.ask(member, "Ma question", "Bonjour.");
        var theirs = support.ask(stranger, "Sa question", "Bonjour.");
        var advisor = support.demo(ADVISOR);

        assertThat(advisor.browser().post("/desk/requests/" + mine + "/merge", "target", String.valueOf(theirs))).hasStatus(422);
        assertThat(status(mine)).isEqualTo("RECEIVED");
    }

    @Test
    void askingTheMemberPausesThePromise() {
        var member = support.member("Olga Attente", HelpdeskTestSupport.GHENT);
        var id = support.ask(member, "Question", "Bonjour.");
        var advisor = support.demo(ADVISOR);

        advisor.browser().post("/desk/requests/" + id + "/write", "kind", "ADVISOR", "body", "Pouvez-vous envoyer la facture ?", "after", "WAITING_MEMBER");

        assertThat(member.browser().get("/help/requests/" + id)).bodyText().contains("En attente de votre réponse").contains("Le délai est suspendu");
    }
}
