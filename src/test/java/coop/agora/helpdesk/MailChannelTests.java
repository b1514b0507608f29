package coop.agora.helpdesk;

import static coop.agora.helpdesk.MailTesting.mail;
import static coop.agora.helpdesk.MailTesting.newMessageId;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import coop.agora.AgoraIntegrationTest;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.support.TransactionTemplate;

/** Requests and replies through a real IMAP mailbox: threading, strangers, programs, and mail read twice. */
@AgoraIntegrationTest
class MailChannelTests {

    @RegisterExtension
    static GreenMailExtension imap = MailTesting.imapServer();

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient db;

    @Autowired
    MailboxPoller poller;

    @Autowired
    MailIntake intake;

    @Autowired
    TransactionTemplate transactions;

    HelpdeskTestSupport support;
    MailTesting mails;

    @BeforeEach
    void setUp() {
        support = new HelpdeskTestSupport(mvc, db);
        mails = new MailTesting(imap, db);
    }

    private static String stranger() {
        return "inconnu." + UUID.randomUUID().toString().substring(0, 8) + "@example.net";
    }

    /** A member asks by mail and returns the request's id, read from the receipt. */
    private long askByMail(String from, String messageId) throws Exception {
        mails.deliver(mail(from, messageId, "Facture pour un client en France", "Bonjour,\nDois-je facturer la TVA belge ?\nCamille"));
        poller.poll(mails.mailbox);
        return MailTesting.referenceIn(mails.lastSentTo(from).subject());
    }

    @Test
    void aMailFromAMemberBecomesTheirRequestAndTheyGetAReceiptWithItsReferenceAndDueDate() throws Exception {
        var member = support.member("Camille Courriel", HelpdeskTestSupport.BRUSSELS);
        var sent = newMessageId();

        var id = askByMail(member.email(), sent);

        var request = db.sql("select member_id, channel, subject, due_on from helpdesk.request where id = ?").param(id).query().singleRow();
        assertThat(request.get("member_id")).isEqualTo(member.id());
        assertThat(request.get("channel")).isEqualTo("EMAIL");
        assertThat(request.get("subject")).isEqualTo("Facture pour un client en France");
        var receipt = mails.lastSentTo(member.email());
        assertThat(receipt.subject()).isEqualTo("[#" + id + "] Facture pour un client en France");
        assertThat(receipt.body()).contains("n° " + id).contains(Days.full(((java.sql.Date) request.get("due_on")).toLocalDate(), java.util.Locale.FRENCH));
        assertThat(receipt.headers()).containsEntry("In-Reply-To", sent).containsEntry("Reply-To", MailTesting.MAILBOX_USER)
                .containsEntry("Auto-Submitted", "auto-replied");
        assertThat(receipt.html()).contains("n° " + id);
    }

    @Test
    void aReplyJoinsItsRequestByItsHeaders() throws Exception {
        var member = support.member("Camille Entête", HelpdeskTestSupport.BRUSSELS);
        var id = askByMail(member.email(), newMessageId());
        var receipt = mails.lastSentTo(member.email());

        mails.deliver(mail(member.email(), newMessageId(), "Re: ma question", "Et pour un client en Espagne ?\n\n> Bonjour,",
                "In-Reply-To: " + receipt.messageId(), "References: " + receipt.messageId()));
        poller.poll(mails.mailbox);

        assertThat(support.messageCount(id)).isEqualTo(2);
        assertThat(db.sql("select body from helpdesk.message where request_id = ? order by id desc limit 1").param(id).query(String.class).single())
                .isEqualTo("Et pour un client en Espagne ?");
    }

    @Test
    void aReplyWithoutHeadersJoinsItsRequestByTheReferenceInItsSubject() throws Exception {
        var member = support.member("Camille Objet", HelpdeskTestSupport.BRUSSELS);
        var id = askByMail(member.email(), newMessageId());

        mails.deliver(mail(member.email(), newMessageId(), "RE: [#" + id + "] Facture pour un client en France", "J'ai trouvé le numéro de TVA."));
        poller.poll(mails.mailbox);

        assertThat(support.messageCount(id)).isEqualTo(2);
    }

    @Test
    void aReplyFromSomeoneWhoIsNotPartOfTheRequestBecomesANewFlaggedRequest() throws Exception {
        var member = support.member("Camille Privée", HelpdeskTestSupport.BRUSSELS);
        var id = askByMail(member.email(), newMessageId());
        var receipt = mails.lastSentTo(member.email());
        var intruder = stranger();

        var foreign = newMessageId();
        mails.deliver(mail(intruder, foreign, "Re: [#" + id + "] Facture", "Je réponds à sa place.", "In-Reply-To: " + receipt.messageId()));
        poller.poll(mails.mailbox);

        assertThat(support.messageCount(id)).isEqualTo(1);
        assertThat(mails.outcomeOf(foreign)).isEqualTo("FOREIGN");
        var apart = db.sql("select id from helpdesk.request where mail_address = ?").param(intruder).query(Long.class).single();
        assertThat(apart).isNotEqualTo(id);
        assertThat(mails.notesOf(apart)).singleElement().asString().contains(String.valueOf(id)).contains(intruder);
        assertThat(mails.lastSentTo(intruder).subject()).startsWith("[#" + apart + "]").doesNotContain("#" + id + "]");
    }

    @Test
    void aStrangerGetsARequestTiedToTheirAddressAndAnInvitationToCreateAnAccount() throws Exception {
        var address = stranger();
        var sent = newMessageId();

        mails.deliver(mail(address, sent, "Devenir membre", "Bonjour, comment rejoindre la coopérative ?", "Content-Language: nl-BE"));
        poller.poll(mails.mailbox);

        var request = db.sql("select id, member_id from helpdesk.request where mail_address = ?").param(address).query().singleRow();
        assertThat(request.get("member_id")).isNull();
        var receipt = mails.lastSentTo(address);
        assertThat(receipt.body()).contains("aanvraag nr. " + request.get("id")).contains("/register");
    }

    @Test
    void aReplyToARequestClosedLongAgoBecomesANewRequestWithItsOwnThread() throws Exception {
        var member = support.member("Camille Tardive", HelpdeskTestSupport.BRUSSELS);
        var id = askByMail(member.email(), newMessageId());
        var receipt = mails.lastSentTo(member.email());
        db.sql("update helpdesk.request set status = 'CLOSED', closed_at = now() - interval '30 days' where id = ?").param(id).update();

        var late = newMessageId();
        mails.deliver(mail(member.email(), late, "Re: " + receipt.subject(), "Une nouvelle question, un mois plus tard.",
                "In-Reply-To: " + receipt.messageId()));
        poller.poll(mails.mailbox);

        var newer = support.latestRequestOf(member);
        assertThat(newer).isNotEqualTo(id);
        assertThat(mails.statusOf(id)).isEqualTo("CLOSED");
        assertThat(db.sql("select request_id from helpdesk.mail_thread where message_id = ?").param(late).query(Long.class).single()).isEqualTo(newer);
    }

    @Test
    void anAddressNeverVerifiedIsTreatedAsAStranger() throws Exception {
        var address = stranger();
        db.sql("""
                        insert into accounts.account (email, display_name, language, status)
                        values (?, 'Pas vérifié', 'fr', 'PENDING')""")
                .param(address)
                .update();

        mails.deliver(mail(address, newMessageId(), "Question", "Bonjour"));
        poller.poll(mails.mailbox);

        assertThat(db.sql("select member_id from helpdesk.request where mail_address = ?").param(address).query().singleRow().get("member_id"))
                .isNull();
    }

    @Test
    void anAutoReplyIsNotedOnItsRequestButNeitherReopensItNorIsAnswered() throws Exception {
        var member = support.member("Camille Absente", HelpdeskTestSupport.BRUSSELS);
        var id = askByMail(member.email(), newMessageId());
        db.sql("update helpdesk.request set status = 'ANSWERED' where id = ?").param(id).update();
        var receipt = mails.lastSentTo(member.email());
        var mailsBefore = mails.sentTo(member.email()).size();
        var requestsBefore = support.requestCount();

        var autoReply = newMessageId();
        mails.deliver(mail(member.email(), autoReply, "Absente : Re: [#" + id + "] Facture", "Je suis en congé jusqu'au 2 décembre.",
                "Auto-Submitted: auto-replied", "In-Reply-To: " + receipt.messageId()));
        poller.poll(mails.mailbox);

        assertThat(mails.outcomeOf(autoReply)).isEqualTo("AUTO_REPLY");
        assertThat(mails.statusOf(id)).isEqualTo("ANSWERED");
        assertThat(mails.notesOf(id)).singleElement().asString().contains("Absente");
        assertThat(mails.sentTo(member.email())).hasSize(mailsBefore);
        assertThat(support.requestCount()).isEqualTo(requestsBefore);
    }

    @Test
    void anAutoReplyThatMatchesNothingCreatesNothing() throws Exception {
        var address = stranger();
        var requestsBefore = support.requestCount();

        mails.deliver(mail(address, newMessageId(), "Out of office", "I am away.", "Precedence: auto_reply"));
        mails.deliver(mail(address, newMessageId(), "Nieuwsbrief", "Onze nieuwsbrief", "Precedence: bulk"));
        mails.deliver(mail(address, newMessageId(), "Réponse automatique", "Absent.", "X-Autoreply: yes"));
        poller.poll(mails.mailbox);

        assertThat(support.requestCount()).isEqualTo(requestsBefore);
        assertThat(mails.sentTo(address)).isEmpty();
    }

    @Test
    void aBounceOfTheHelpDesksMailIsNotedOnItsRequestAndNotAnswered() throws Exception {
        var member = support.member("Camille Rebond", HelpdeskTestSupport.BRUSSELS);
        var id = askByMail(member.email(), newMessageId());
        var receipt = mails.lastSentTo(member.email());
        var mailsBefore = mails.sentTo(member.email()).size();
        var bounce = newMessageId();

        mails.deliver(("From: Mail Delivery System <MAILER-DAEMON@mx.example.org>\r\n"
                + "To: " + MailTesting.MAILBOX_USER + "\r\n"
                + "Subject: Undelivered Mail Returned to Sender\r\n"
                + "Message-ID: " + bounce + "\r\n"
                + "MIME-Version: 1.0\r\n"
                + "Content-Type: multipart/report; report-type=delivery-status; boundary=\"b1\"\r\n\r\n"
                + "--b1\r\nContent-Type: text/plain\r\n\r\nYour message could not be delivered.\r\n"
                + "--b1\r\nContent-Type: message/delivery-status\r\n\r\nReporting-MTA: dns; mx.example.org\r\n\r\n"
                + "Final-Recipient: rfc822; " + member.email() + "\r\nAction: failed\r\nStatus: 5.1.1\r\n\r\n"
                + "--b1\r\nContent-Type: text/rfc822-headers\r\n\r\nFrom: aide@coop.example\r\nMessage-ID: " + receipt.messageId()
                + "\r\nSubject: " + receipt.subject() + "\r\n\r\n"
                + "--b1--\r\n"));
        poller.poll(mails.mailbox);

        assertThat(mails.outcomeOf(bounce)).isEqualTo("BOUNCE");
        assertThat(mails.notesOf(id)).singleElement().asString().contains("mailer-daemon@mx.example.org");
        assertThat(mails.sentTo(member.email())).hasSize(mailsBefore);
        assertThat(mails.sentTo("mailer-daemon@mx.example.org")).isEmpty();
    }

    @Test
    void theSameMailDeliveredTwiceMakesOneRequest() throws Exception {
        var address = stranger();
        var sent = newMessageId();
        var source = mail(address, sent, "Deux fois", "Mon serveur envoie tout deux fois.");

        mails.deliver(source);
        mails.deliver(source);
        poller.poll(mails.mailbox);

        assertThat(mails.requestsFrom(address)).isEqualTo(1);
        assertThat(mails.sentTo(address)).hasSize(1);
        assertThat(mails.seenOfAll()).containsExactly(2, 2);
    }

    @Test
    void aCrashBeforeTheCommitLosesNothingAndTheNextPollReadsTheMailOnce() throws Exception {
        var address = stranger();
        var source = mail(address, newMessageId(), "Panne", "Le serveur s'est arrêté pendant la lecture.");
        mails.deliver(source);

        transactions.executeWithoutResult(status -> {
            intake.take(mails.mailbox, MailReader.read(source.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            status.setRollbackOnly();
        });
        assertThat(mails.requestsFrom(address)).isZero();
        assertThat(mails.seenOfAll()).containsExactly(0, 1);

        poller.poll(mails.mailbox);

        assertThat(mails.requestsFrom(address)).isEqualTo(1);
        assertThat(mails.seenOfAll()).containsExactly(1, 1);
    }

    @Test
    void aCrashAfterTheCommitButBeforeTheMailWasMarkedSeenDuplicatesNothing() throws Exception {
        var address = stranger();
        mails.deliver(mail(address, newMessageId(), "Panne après", "Le serveur s'est arrêté juste après."));
        poller.poll(mails.mailbox);
        mails.forgetSeen();

        poller.poll(mails.mailbox);

        assertThat(mails.requestsFrom(address)).isEqualTo(1);
        assertThat(mails.sentTo(address)).hasSize(1);
        assertThat(mails.seenOfAll()).containsExactly(1, 1);
    }

    @Test
    void aMailThatFailsAmongOthersKeepsNoneOfThemFromBeingRecordedOnce() throws Exception {
        var senders = java.util.List.of(stranger(), stranger(), stranger(), stranger());
        // The database refuses a NUL character, so recording this mail fails, and so does noting it as unreadable.
        var nul = java.util.Base64.getEncoder().encodeToString("Facture\0jointe".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        mails.deliver(mail(senders.get(0), newMessageId(), "Première", "Une question."));
        mails.deliver(mail(senders.get(1), newMessageId(), "Deuxième", "Une question."));
        mails.deliver(mail(stranger(), newMessageId(), "=?UTF-8?B?" + nul + "?=", "Un objet que la base refuse."));
        mails.deliver(mail(senders.get(2), newMessageId(), "Troisième", "Une question."));
        mails.deliver(mail(senders.get(3), newMessageId(), "Quatrième", "Une question."));

        var handled = poller.poll(mails.mailbox);

        assertThat(handled).isEqualTo(4);
        for (var sender : senders) {
            assertThat(mails.requestsFrom(sender)).isEqualTo(1);
            assertThat(mails.sentTo(sender)).hasSize(1);
        }
        assertThat(db.sql("select count(*) from helpdesk.inbound_mail where mailbox = ?").param(mails.mailbox.name()).query(Long.class).single())
                .isEqualTo(4);
        assertThat(mails.seenOfAll()).containsExactly(4, 5);
    }

    @Test
    void filesOverTheLimitAreKeptOutAndTheSenderIsToldOnce() throws Exception {
        var address = stranger();
        var script = java.util.Base64.getMimeEncoder().encodeToString("#!/bin/sh\necho hello\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        mails.deliver("From: " + address + "\r\nTo: " + MailTesting.MAILBOX_USER + "\r\nSubject: Mon script\r\nMessage-ID: " + newMessageId()
                + "\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"m\"\r\n\r\n"
                + "--m\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nVoici le fichier.\r\n"
                + "--m\r\nContent-Type: application/x-sh; name=\"run.sh\"\r\nContent-Disposition: attachment; filename=\"run.sh\"\r\n"
                + "Content-Transfer-Encoding: base64\r\n\r\n" + script + "\r\n--m--\r\n");
        poller.poll(mails.mailbox);

        var id = db.sql("select id from helpdesk.request where mail_address = ?").param(address).query(Long.class).single();
        assertThat(db.sql("select count(*) from helpdesk.attachment a join helpdesk.message m on m.id = a.message_id where m.request_id = ?")
                .param(id).query(Long.class).single()).isZero();
        assertThat(mails.sentTo(address)).singleElement().satisfies(receipt -> assertThat(receipt.body()).contains("fichiers joints"));
    }

    @Test
    void whatSomeoneSentByMailBeforeTheyHadAnAccountIsInTheirDataAndErasedWithIt() throws Exception {
        var address = stranger();
        mails.deliver(mail(address, newMessageId(), "Avant mon compte", "Mon numéro national est le 85.07.30-033.61."));
        poller.poll(mails.mailbox);
        var id = db.sql("select id from helpdesk.request where mail_address = ?").param(address).query(Long.class).single();
        var member = support.member("Sacha Tardif", HelpdeskTestSupport.BRUSSELS, address);

        var download = member.browser().get("/account/data");
        assertThat(download).bodyJson().extractingPath("$.helpdesk.requestsByMailBeforeYourAccount[0].subject").isEqualTo("Avant mon compte");
        assertThat(download).bodyJson().extractingPath("$.helpdesk.messagesByMailBeforeYourAccount[0].body").asString().contains("85.07.30");
        assertThat(download).bodyJson().extractingPath("$.helpdesk.mailRead[0].sender").isEqualTo(address);

        member.browser().post("/account/erase", "currentPassword", HelpdeskTestSupport.PASSWORD, "confirmation", "on");

        assertThat(support.messageCount(id)).isZero();
        assertThat(db.sql("select count(*) from helpdesk.request where id = ? and subject = '' and mail_address is null").param(id)
                .query(Long.class).single()).isEqualTo(1);
        assertThat(db.sql("select count(*) from helpdesk.inbound_mail where sender = ?").param(address).query(Long.class).single()).isZero();
        assertThat(db.sql("select count(*) from helpdesk.mail_thread where request_id = ?").param(id).query(Long.class).single()).isZero();
    }

    @Test
    void aMailboxOutOfReachIsReportedWithoutTouchingAnything() {
        var closed = new Mailbox("unreachable", "127.0.0.1", 9, "x", "y", false, "INBOX", "x@y.example", null, null, "fr");

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> poller.poll(closed)).isInstanceOf(jakarta.mail.MessagingException.class);
    }
}
