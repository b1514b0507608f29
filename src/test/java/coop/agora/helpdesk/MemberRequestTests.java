package coop.agora.helpdesk;

import static org.assertj.core.api.Assertions.assertThat;

import coop.agora.AgoraIntegrationTest;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@AgoraIntegrationTest
class MemberRequestTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient db;

    @Autowired
    Promise promise;

    HelpdeskTestSupport support;

    @BeforeEach
    void setUp() {
        support = new HelpdeskTestSupport(mvc, db);
    }

    @Test
    void aMemberSeesTheDateByWhichTheCooperativePromisedToAnswer() {
        var member = support.member("Alice Demande", HelpdeskTestSupport.BRUSSELS);

        var sent = member.browser().post("/help/ask", "topicId", String.valueOf(support.vatTopic()),
                "subject", "Déclaration TVA du trimestre", "body", "Comment déclarer mes frais de déplacement ?");

        var id = support.latestRequestOf(member);
        assertThat(sent).hasStatus3xxRedirection().hasRedirectedUrl("/help/requests/" + id);
        var due = db.sql("select due_on from helpdesk.request where id = ?").param(id).query(LocalDate.class).single();
        assertThat(due).isEqualTo(promise.dueDate(HelpdeskTestSupport.BRUSSELS, java.time.Instant.now(), 3));
        assertThat(member.browser().get("/help/requests/" + id)).hasStatusOk().bodyText()
                .contains("Déclaration TVA du trimestre")
                .contains("Reçue")
                .contains(Days.full(due, java.util.Locale.FRENCH));
    }

    @Test
    void theRequestGoesToTheTopicsPoleAndTheMembersHomeOffice() {
        var member = support.member("Bruno Gand", HelpdeskTestSupport.GHENT);

        var id = support.ask(member, "Mon contrat de prestation", "Quel modèle de contrat utiliser ?");

        var queue = db.sql("select pole || '/' || office_id from helpdesk.request where id = ?").param(id).query(String.class).single();
        assertThat(queue).isEqualTo("ACTIVITY_SECURING/" + HelpdeskTestSupport.GHENT);
    }

    @Test
    void anEmptyQuestionIsRefusedWithAMessageAndNothingIsWritten() {
        var member = support.member("Chloé Vide", HelpdeskTestSupport.BRUSSELS);
        var before = support.requestCount();

        var sent = member.browser().post("/help/ask", "topicId", String.valueOf(support.vatTopic()), "subject", "Une question", "body", "   ");

        assertThat(sent).hasStatus(422).bodyText().contains("Écrivez votre message.");
        assertThat(support.requestCount()).isEqualTo(before);
    }

    @Test
    void aForgedTopicIsRefusedWithAMessage() {
        var member = support.member("Denis Faux", HelpdeskTestSupport.BRUSSELS);
        var before = support.requestCount();

        var sent = member.browser().post("/help/ask", "topicId", "999999", "subject", "Une question", "body", "Bonjour");

        assertThat(sent).hasStatus(422).bodyText().contains("Choisissez un sujet dans la liste.");
        assertThat(support.requestCount()).isEqualTo(before);
    }

    @Test
    void aForgedOfficeIsRefusedWithAMessageForAMemberWithoutHomeOffice() {
        var member = support.member("Emma Sans Bureau", HelpdeskTestSupport.BRUSSELS);
        db.sql("update accounts.account set home_office_id = null where id = ?").param(member.id()).update();
        var before = support.requestCount();

        var sent = member.browser().post("/help/ask", "topicId", String.valueOf(support.vatTopic()), "officeId", "4242",
                "subject", "Une question", "body", "Bonjour");

        assertThat(sent).hasStatus(422).bodyText().contains("Choisissez un bureau dans la liste.");
        assertThat(support.requestCount()).isEqualTo(before);
    }

    @Test
    void aMemberWithoutHomeOfficeChoosesTheOffice() {
        var member = support.member("Fanny Choisit", HelpdeskTestSupport.BRUSSELS);
        db.sql("update accounts.account set home_office_id = null where id = ?").param(member.id()).update();

        member.browser().post("/help/ask", "topicId", String.valueOf(support.vatTopic()), "officeId", "12", "subject", "Une question", "body", "Bonjour");

        var office = db.sql("select office_id from helpdesk.request where id = ?").param(support.latestRequestOf(member)).query(Long.class).single();
        assertThat(office).isEqualTo(12L);
    }

    @Test
    void aDocumentIsKeptAndOnlyItsMemberCanDownloadIt() {
        var member = support.member("Gilles Pièce", HelpdeskTestSupport.BRUSSELS);
        var other = support.member("Hugo Curieux", HelpdeskTestSupport.BRUSSELS);
        var pdf = new MockMultipartFile("attachments", "facture.pdf", "application/pdf", "%PDF-1.4\n1 0 obj\n%%EOF\n".getBytes());

        member.browser().upload("/help/ask", List.of(pdf), "topicId", String.valueOf(support.vatTopic()), "subject", "Ma facture", "body", "Voici la facture.");

        var attachment = db.sql("""
                        select a.id from helpdesk.attachment a join helpdesk.message m on m.id = a.message_id where m.request_id = ?""")
                .param(support.latestRequestOf(member)).query(Long.class).single();
        assertThat(member.browser().get("/help/attachments/" + attachment)).hasStatusOk().hasContentType("application/pdf");
        assertThat(other.browser().get("/help/attachments/" + attachment)).hasStatus(404);
    }

    @Test
    void aProgramDisguisedAsADocumentIsRefusedAndNothingIsWritten() {
        var member = support.member("Irène Prudente", HelpdeskTestSupport.BRUSSELS);
        var before = support.requestCount();
        var disguised = new MockMultipartFile("attachments", "facture.pdf", "application/pdf", new byte[] {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0});

        var sent = member.browser().upload("/help/ask", List.of(disguised), "topicId", String.valueOf(support.vatTopic()),
                "subject", "Ma facture", "body", "Voici la facture.");

        assertThat(sent).hasStatus(422).bodyText().contains("Ce fichier n'est ni un PDF");
        assertThat(support.requestCount()).isEqualTo(before);
    }

    @Test
    void filesOverTwentyMegabytesTogetherAreRefused() {
        var member = support.member("Jules Lourd", HelpdeskTestSupport.BRUSSELS);
        var before = support.requestCount();
        var big = new byte[11 * 1024 * 1024];
        System.arraycopy("%PDF-1.4".getBytes(), 0, big, 0, 8);
        var files = List.of(new MockMultipartFile("attachments", "a.pdf", "application/pdf", big),
                new MockMultipartFile("attachments", "b.pdf", "application/pdf", big));

        var sent = member.browser().upload("/help/ask", files, "topicId", String.valueOf(support.vatTopic()), "subject", "Deux gros fichiers", "body", "Les voici.");

        assertThat(sent).hasStatus(422).bodyText().contains("Les fichiers dépassent 20 Mo ensemble.");
        assertThat(support.requestCount()).isEqualTo(before);
    }

    @Test
    void anotherMembersRequestIsNotFoundOnEveryAddress() {
        var owner = support.member("Karim Proprio", HelpdeskTestSupport.BRUSSELS);
        var other = support.member("Léa Intruse", HelpdeskTestSupport.BRUSSELS);
        var id = support.ask(owner, "Question privée", "Mon chiffre d'affaires est de 12 000 euros.");

        assertThat(other.browser().get("/help/requests/" + id)).hasStatus(404);
        assertThat(other.browser().post("/help/requests/" + id + "/reply", "body", "Je m'invite")).hasStatus(404);
        assertThat(other.browser().post("/help/requests/" + id + "/close")).hasStatus(404);
        assertThat(other.browser().post("/help/requests/" + id + "/reopen")).hasStatus(404);
        assertThat(support.messageCount(id)).isEqualTo(1);
        assertThat(db.sql("select status from helpdesk.request where id = ?").param(id).query(String.class).single()).isEqualTo("RECEIVED");
    }

    @Test
    void aMemberClosesAndReopensTheirRequest() {
        var member = support.member("Marc Ferme", HelpdeskTestSupport.BRUSSELS);
        var id = support.ask(member, "Question simple", "Une question simple.");

        member.browser().post("/help/requests/" + id + "/close");
        assertThat(member.browser().get("/help/requests/" + id)).bodyText().contains("Clôturée");

        member.browser().post("/help/requests/" + id + "/reopen");
        assertThat(db.sql("select status from helpdesk.request where id = ?").param(id).query(String.class).single()).isEqualTo("RECEIVED");
    }

    @Test
    void aReplyToARequestClosedBeyondTheWindowIsRefusedWithAMessage() {
        var member = support.member("Nina Tardive", HelpdeskTestSupport.BRUSSELS);
        var id = support.ask(member, "Vieille question", "Une vieille question.");
        db.sql("update helpdesk.request set status = 'CLOSED', closed_at = now() - interval '20 days' where id = ?").param(id).update();

        var sent = member.browser().post("/help/requests/" + id + "/reply", "body", "Encore une chose");

        assertThat(sent).hasStatus(422).bodyText().contains("clôturée il y a plus de 14 jours");
        assertThat(support.messageCount(id)).isEqualTo(1);
    }

    @Test
    void anEmptyReplyIsRefusedWithAMessage() {
        var member = support.member("Oscar Muet", HelpdeskTestSupport.BRUSSELS);
        var id = support.ask(member, "Question", "Ma question.");

        var sent = member.browser().post("/help/requests/" + id + "/reply", "body", "");

        assertThat(sent).hasStatus(422).bodyText().contains("Écrivez votre message.");
        assertThat(support.messageCount(id)).isEqualTo(1);
    }

    @Test
    void answeringAQuestionLateMovesTheDateAndTheMemberSeesWhy() {
        var member = support.member("Paula Lente", HelpdeskTestSupport.BRUSSELS);
        var id = support.ask(member, "Question", "Ma question.");
        var due = LocalDate.now().plusDays(1);
        db.sql("update helpdesk.request set status = 'WAITING_MEMBER', due_on = ?, waiting_since = now() - interval '10 days' where id = ?")
                .params(due, id).update();

        member.browser().post("/help/requests/" + id + "/reply", "body", "Voici le document demandé.");

        var moved = db.sql("select due_on from helpdesk.request where id = ?").param(id).query(LocalDate.class).single();
        assertThat(moved).isAfter(due);
        assertThat(member.browser().get("/help/requests/" + id)).bodyText().contains("Pourquoi la date a changé").contains("nous avons attendu votre réponse");
    }

    @Test
    void aMembersRequestsAreInTheirDataDownload() {
        var member = support.member("Quentin Export", HelpdeskTestSupport.BRUSSELS);
        support.ask(member, "Question à exporter", "Texte à exporter.");

        var download = member.browser().get("/account/data");

        assertThat(download).bodyJson().extractingPath("$.helpdesk.requests[0].subject").isEqualTo("Question à exporter");
        assertThat(download).bodyJson().extractingPath("$.helpdesk.messages[0].body").isEqualTo("Texte à exporter.");
    }

    @Test
    void erasingTheAccountDeletesTheConversation() {
        var member = support.member("Rita Efface", HelpdeskTestSupport.BRUSSELS);
        var id = support.ask(member, "Question à effacer", "Texte à effacer.");

        member.browser().post("/account/erase", "currentPassword", HelpdeskTestSupport.PASSWORD, "confirmation", "on");

        assertThat(support.messageCount(id)).isZero();
        assertThat(db.sql("select count(*) from helpdesk.request where id = ? and member_id is null and subject = ''").param(id).query(Long.class).single())
                .isEqualTo(1);
    }

    @Test
    void anAnswerThatHelpedIsCounted() {
        var member = support.member("Sami Aidé", HelpdeskTestSupport.BRUSSELS);

        member.browser().post("/help/suggestions/helped", "source", "faq", "path", "/forum/faq#entry-1");

        assertThat(db.sql("select count(*) from helpdesk.suggestion_use where member_id = ?").param(member.id()).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void lookingForAnswersWithoutJavaScriptKeepsTheFormAndSendsNothing() {
        var member = support.member("Théo Cherche", HelpdeskTestSupport.BRUSSELS);
        var before = support.requestCount();

        var page = member.browser().post("/help/ask", "topicId", String.valueOf(support.vatTopic()), "subject", "Facturer un client français",
                "body", "Mon brouillon", "look", "1");

        assertThat(page).hasStatusOk().bodyText().contains("Facturer un client français").contains("Mon brouillon");
        assertThat(support.requestCount()).isEqualTo(before);
    }
}
