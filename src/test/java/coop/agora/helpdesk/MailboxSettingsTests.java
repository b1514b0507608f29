package coop.agora.helpdesk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** How the help desk's mailboxes are configured: none without a host, one from AGORA_IMAP_*, more from a list. */
class MailboxSettingsTests {

    private static MailboxSettings bind(Map<String, String> properties) {
        return new Binder(new MapConfigurationPropertySource(properties)).bindOrCreate("agora.imap", MailboxSettings.class);
    }

    @Test
    void withoutAHostNoMailboxIsRead() {
        assertThat(bind(Map.of("agora.imap.user", "aide@coop.example")).configured()).isEmpty();
    }

    @Test
    void oneMailboxIsReadOverImapsByDefault() {
        var settings = bind(Map.of("agora.imap.host", "imap.coop.example", "agora.imap.user", "aide@coop.example", "agora.imap.password", "secret"));

        assertThat(settings.configured()).singleElement().satisfies(box -> {
            assertThat(box.port()).isEqualTo(993);
            assertThat(box.ssl()).isTrue();
            assertThat(box.folder()).isEqualTo("INBOX");
            assertThat(box.address()).isEqualTo("aide@coop.example");
            assertThat(box.name()).isEqualTo("aide@coop.example@imap.coop.example/INBOX");
            assertThat(box.toString()).doesNotContain("secret");
        });
        assertThat(settings.pollEvery()).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void moreMailboxesEachGoToTheirOwnOfficeAndTopic() {
        var settings = bind(Map.of(
                "agora.imap.host", "imap.coop.example", "agora.imap.user", "aide",
                "agora.imap.mailboxes[0].host", "imap.coop.example", "agora.imap.mailboxes[0].user", "gent",
                "agora.imap.mailboxes[0].ssl", "false", "agora.imap.mailboxes[0].office", "6", "agora.imap.mailboxes[0].topic", "4",
                "agora.imap.mailboxes[0].address", "gent@coop.example", "agora.imap.mailboxes[0].language", "nl"));

        assertThat(settings.configured()).extracting(Mailbox::address, Mailbox::port, Mailbox::office, Mailbox::topic)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("aide@imap.coop.example", 993, null, null),
                        org.assertj.core.groups.Tuple.tuple("gent@coop.example", 143, 6L, 4L));
        assertThat(settings.configured().get(1).locale().getLanguage()).isEqualTo("nl");
        assertThat(List.of(settings.configured().get(0).name(), settings.configured().get(1).name())).doesNotHaveDuplicates();
    }
}
