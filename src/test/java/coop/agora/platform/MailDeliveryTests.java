package coop.agora.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/** With a mail server configured, the outbox is delivered by the background job, and retried. */
@SpringBootTest(properties = {
    "spring.mail.host=127.0.0.1",
    "spring.mail.properties.mail.smtp.auth=false",
    "spring.mail.properties.mail.smtp.starttls.enable=false",
    "agora.mail.from=agora@coop.example",
    "agora.jobs.enabled=true",
    // Other jobs of this second application would take work queued for the shared one's search index.
    "agora.jobs.only=deliver-outbox"
})
class MailDeliveryTests {

    private static final int SMTP_PORT = freePort();

    private static int freePort() {
        try (var socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @DynamicPropertySource
    static void smtpPort(DynamicPropertyRegistry properties) {
        properties.add("spring.mail.port", () -> SMTP_PORT);
    }

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

    @Autowired
    Mailer mailer;

    @Autowired
    JdbcClient db;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void extraHeadersLeaveWithTheMail() throws Exception {
        transactions.executeWithoutResult(status -> mailer.send("sanne@example.org", "Je dag op Agora", "Samenvatting",
                java.util.Map.of("List-Unsubscribe", "<https://agora.example/stop>", "List-Unsubscribe-Post", "List-Unsubscribe=One-Click")));

        await().atMost(Duration.ofSeconds(20)).until(() -> smtp.getReceivedMessages().length == 1);
        var received = smtp.getReceivedMessages()[0];
        assertThat(received.getHeader("List-Unsubscribe")).containsExactly("<https://agora.example/stop>");
        assertThat(received.getHeader("List-Unsubscribe-Post")).containsExactly("List-Unsubscribe=One-Click");
    }

    @Test
    void aMailWithHtmlLeavesAsTextAndHtmlWithTheMessageIdItWasGiven() throws Exception {
        transactions.executeWithoutResult(status -> mailer.send("anouk@example.org", "[#12] Btw", "Dag Anouk", "<p>Dag <strong>Anouk</strong></p>",
                java.util.Map.of("Message-ID", "<agora.12.abc@coop.example>", "Reply-To", "hulp@coop.example")));

        await().atMost(Duration.ofSeconds(20)).until(() -> smtp.getReceivedMessages().length == 1);
        var received = smtp.getReceivedMessages()[0];
        assertThat(received.getMessageID()).isEqualTo("<agora.12.abc@coop.example>");
        assertThat(received.getHeader("Reply-To")).containsExactly("hulp@coop.example");
        var source = GreenMailUtil.getWholeMessage(received);
        assertThat(source).contains("text/plain").contains("text/html").contains("<strong>Anouk</strong>");
    }

    @Test
    void aMailLeavesThroughSmtpAndItsBodyIsThenErased() throws Exception {
        transactions.executeWithoutResult(status -> mailer.send("lotte@example.org", "Welkom bij Agora", "Hallo Lotte, één link: https://x"));

        await().atMost(Duration.ofSeconds(20)).until(() -> smtp.getReceivedMessages().length == 1);
        var received = smtp.getReceivedMessages()[0];
        assertThat(received.getSubject()).isEqualTo("Welkom bij Agora");
        assertThat(received.getFrom()[0].toString()).contains("agora@coop.example");
        assertThat(GreenMailUtil.getBody(received)).contains("Hallo Lotte");
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(db.sql(
                                "select status || ':' || body from platform.outgoing_mail where recipient = 'lotte@example.org'")
                        .query(String.class)
                        .single())
                .isEqualTo("SENT:"));
    }

    @Test
    void aMailThatCannotBeDeliveredIsKeptAndRetriedLater() {
        smtp.stop();
        transactions.executeWithoutResult(status -> mailer.send("jan@example.org", "Test", "Hallo Jan"));

        await().atMost(Duration.ofSeconds(20)).until(() -> db.sql(
                        "select attempts from platform.outgoing_mail where recipient = 'jan@example.org'")
                .query(Integer.class)
                .single() >= 1);
        var row = db.sql("select status, next_attempt_at > now() as later, last_error from platform.outgoing_mail where recipient = 'jan@example.org'")
                .query()
                .singleRow();
        assertThat(row.get("status")).isEqualTo("PENDING");
        assertThat(row.get("later")).isEqualTo(true);
        assertThat(row.get("last_error")).isNotNull();
    }
}
