package coop.agora.helpdesk;

import static coop.agora.helpdesk.MailTesting.mail;
import static coop.agora.helpdesk.MailTesting.newMessageId;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import coop.agora.AgoraIntegrationTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * A whole request by mail only: the member asks, gets the receipt, writes twice more, reads the
 * advisor's whole answer in the same thread and closes the request by replying with the close word.
 */
@AgoraIntegrationTest
class MailJourneyTests {

    @RegisterExtension
    static GreenMailExtension imap = MailTesting.imapServer();

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient db;

    @Autowired
    MailboxPoller poller;

    @Test
    void aMemberRunsAWholeRequestByMailOnly() throws Exception {
        var support = new HelpdeskTestSupport(mvc, db);
        var mails = new MailTesting(imap, db);
        var member = support.member("Nadia Courrier", HelpdeskTestSupport.GHENT);
        var advisor = support.demo("advisor@agora.example");

        var question = newMessageId();
        mails.deliver(mail(member.email(), question, "Acompte d'un client", "Bonjour,\nUn client me verse un acompte de 30 %. Comment le facturer ?"));
        poller.poll(mails.mailbox);
        var receipt = mails.lastSentTo(member.email());
        var id = MailTesting.referenceIn(receipt.subject());
        assertThat(receipt.body()).contains("n° " + id).contains("au plus tard le");

        var first = newMessageId();
        mails.deliver(mail(member.email(), first, "Re: " + receipt.subject(), "J'oubliais : le client est en Belgique.\n\n> Nous avons bien reçu",
                "In-Reply-To: " + receipt.messageId(), "References: " + question + " " + receipt.messageId()));
        var second = newMessageId();
        mails.deliver(mail(member.email(), second, "Re: " + receipt.subject(), "Et le montant total est de 6 000 euros.",
                "In-Reply-To: " + receipt.messageId(), "References: " + question + " " + receipt.messageId() + " " + first));
        poller.poll(mails.mailbox);
        assertThat(db.sql("select body from helpdesk.message where request_id = ? and kind = 'MEMBER' order by id").param(id).query(String.class).list())
                .containsExactly("Bonjour,\nUn client me verse un acompte de 30 %. Comment le facturer ?", "J'oubliais : le client est en Belgique.",
                        "Et le montant total est de 6 000 euros.");

        advisor.browser().post("/desk/requests/" + id + "/write", "kind", "ADVISOR",
                "body", "Bonjour Nadia,\n\nFaites une **facture d'acompte** de 1 800 euros, puis la facture finale moins l'acompte.", "after", "ANSWERED");

        var answer = mails.lastSentTo(member.email());
        assertThat(answer.subject()).isEqualTo("[#" + id + "] Acompte d'un client");
        assertThat(answer.body()).contains("Faites une **facture d'acompte** de 1 800 euros, puis la facture finale moins l'acompte.")
                .contains("FERMER");
        assertThat(answer.html()).contains("<strong>facture d&#39;acompte</strong>").contains("lang=\"fr\"");
        assertThat(answer.headers()).containsEntry("In-Reply-To", second).containsEntry("Reply-To", MailTesting.MAILBOX_USER)
                .doesNotContainKey("Auto-Submitted");
        assertThat(answer.headers().get("References")).startsWith(question).contains(receipt.messageId()).contains(second);

        mails.deliver(mail(member.email(), newMessageId(), "Re: " + answer.subject(), "Fermer\n\nLe 23/11/2026, Agora a écrit :\n> Bonjour Nadia",
                "In-Reply-To: " + answer.messageId()));
        poller.poll(mails.mailbox);

        assertThat(mails.statusOf(id)).isEqualTo("CLOSED");
        assertThat(mails.lastSentTo(member.email()).body()).contains("n° " + id + " est clôturée");
        assertThat(mails.sentTo(member.email()).stream().map(MailTesting.Sent::subject).filter(subject -> subject.startsWith("[#" + id + "]")))
                .as("the receipt, the answer and the closing, one mail each").hasSize(3);
        assertThat(support.messageCount(id)).isEqualTo(4);
    }

    @Test
    void anAdvisorAnswersAStrangerByMailAndTheirReplyJoinsTheRequest() throws Exception {
        var support = new HelpdeskTestSupport(mvc, db);
        var mails = new MailTesting(imap, db);
        var advisor = support.demo("advisor@agora.example");
        var stranger = "pas.encore.membre." + UUID.randomUUID().toString().substring(0, 8) + "@example.net";
        mails.deliver(mail(stranger, newMessageId(), "Rejoindre la coopérative", "Bonjour, quelles sont les conditions pour devenir membre ?"));
        poller.poll(mails.mailbox);
        var id = MailTesting.referenceIn(mails.lastSentTo(stranger).subject());

        advisor.browser().post("/desk/requests/" + id + "/write", "kind", "ADVISOR", "body", "Il suffit de prendre une part.", "after", "WAITING_MEMBER");
        var answer = mails.lastSentTo(stranger);
        mails.deliver(mail(stranger, newMessageId(), "Re: " + answer.subject(), "Merci, combien coûte une part ?", "In-Reply-To: " + answer.messageId()));
        poller.poll(mails.mailbox);

        assertThat(answer.body()).contains("Il suffit de prendre une part.");
        assertThat(mails.sentTo(stranger)).as("the receipt and the answer, which also says the request waits for them").hasSize(2);
        assertThat(mails.statusOf(id)).isEqualTo("IN_PROGRESS");
        assertThat(support.messageCount(id)).isEqualTo(3);
    }
}
