package coop.agora.helpdesk;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import coop.agora.AgoraIntegrationTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Mail as it comes from real mail programs and servers, broken or odd: each one is read from a
 * real mailbox together with an ordinary mail sent after it, and neither the odd one nor the poll
 * fails, nor does the odd one keep the ordinary one from becoming a request.
 */
@AgoraIntegrationTest
class MailCorpusTests {

    static final Path CORPUS = Path.of("src/test/resources/helpdesk/mail");

    @RegisterExtension
    static GreenMailExtension imap = MailTesting.imapServer();

    @Autowired
    JdbcClient db;

    @Autowired
    MailboxPoller poller;

    static Stream<Path> corpus() throws IOException {
        return Files.list(CORPUS).filter(file -> file.toString().endsWith(".eml")).sorted();
    }

    @ParameterizedTest
    @MethodSource("corpus")
    void anOddMailNeitherFailsThePollNorBlocksTheMailAfterIt(Path sample) throws Exception {
        var mails = new MailTesting(imap, db);
        var ordinary = "ordinaire." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        mails.deliver(Files.readAllBytes(sample));
        mails.deliver(MailTesting.mail(ordinary, MailTesting.newMessageId(), "Après " + sample.getFileName(), "Une question ordinaire."));

        var handled = poller.poll(mails.mailbox);

        assertThat(handled).isEqualTo(2);
        assertThat(mails.requestsFrom(ordinary)).isEqualTo(1);
        assertThat(db.sql("select count(*) from helpdesk.inbound_mail where mailbox = ?").param(mails.mailbox.name()).query(Long.class).single())
                .isEqualTo(2);
        assertThat(mails.seenOfAll()).containsExactly(2, 2);
    }
}
