package coop.agora.helpdesk;

import static coop.agora.helpdesk.MailTesting.mail;
import static coop.agora.helpdesk.MailTesting.newMessageId;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.SimpleTransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;

/** How the poller walks a mailbox on the server, apart from what each mail becomes. */
class MailboxPollerTests {

    @RegisterExtension
    static GreenMailExtension imap = MailTesting.imapServer();

    @Test
    void mailThatArrivesWhileAPollIsUnderWayIsReadInThatPollOnce() throws Exception {
        var mails = new MailTesting(imap, null);
        var first = newMessageId();
        var second = newMessageId();
        var late = newMessageId();
        mails.deliver(mail("premiere@example.net", first, "Première", "Une question."));
        mails.deliver(mail("deuxieme@example.net", second, "Deuxième", "Une question."));
        var taken = new ArrayList<String>();
        var intake = new MailIntake(null, null, null, null, null, null, null, null, null) {
            @Override
            MailOutcome take(Mailbox box, MailReader.Incoming incoming) {
                if (taken.isEmpty()) {
                    mails.deliver(mail("tardive@example.net", late, "Arrivée pendant la lecture", "Une question."));
                }
                taken.add(incoming.messageId());
                return MailOutcome.NEW_REQUEST;
            }
        };

        var handled = new MailboxPoller(intake, new MailThreadsOfNoDatabase(), new TransactionTemplate(new NoTransactions())).poll(mails.mailbox);

        assertThat(handled).isEqualTo(3);
        assertThat(taken).containsExactly(first, second, late);
        assertThat(mails.seenOfAll()).containsExactly(3, 3);
    }

    private static final class MailThreadsOfNoDatabase extends MailThreads {

        MailThreadsOfNoDatabase() {
            super(null);
        }

        @Override
        void readAtCommit(String mailbox, List<String> messageIds) {}
    }

    private static final class NoTransactions implements PlatformTransactionManager {

        @Override
        public TransactionStatus getTransaction(TransactionDefinition definition) {
            return new SimpleTransactionStatus();
        }

        @Override
        public void commit(TransactionStatus status) {}

        @Override
        public void rollback(TransactionStatus status) {}
    }
}
