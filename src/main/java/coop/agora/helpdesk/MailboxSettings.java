package coop.agora.helpdesk;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.StringUtils;

/**
 * The mailboxes the help desk reads. {@code agora.imap.host} and its neighbours describe one mailbox
 * ({@code AGORA_IMAP_HOST}, {@code AGORA_IMAP_PORT}…); {@code agora.imap.mailboxes[n].*} add more,
 * such as one per office ({@code AGORA_IMAP_MAILBOXES_0_HOST}…). Without a host, nothing is read.
 *
 * @param address the mailbox's own address, which members reply to
 * @param office the office whose queue its requests join; none means the sender's home office
 * @param topic the topic its requests get; none means the first-line catch-all topic
 * @param language the language to write in to senders without an account
 */
@ConfigurationProperties("agora.imap")
record MailboxSettings(
        @Nullable String host,
        @Nullable Integer port,
        @Nullable String user,
        @Nullable String password,
        @DefaultValue("true") boolean ssl,
        @DefaultValue("INBOX") String folder,
        @Nullable String address,
        @Nullable Long office,
        @Nullable Long topic,
        @DefaultValue("fr") String language,
        @DefaultValue("30s") Duration pollEvery,
        @DefaultValue List<Entry> mailboxes) {

    /** One more mailbox, with the same settings as the first. */
    record Entry(
            @Nullable String host,
            @Nullable Integer port,
            @Nullable String user,
            @Nullable String password,
            @DefaultValue("true") boolean ssl,
            @DefaultValue("INBOX") String folder,
            @Nullable String address,
            @Nullable Long office,
            @Nullable Long topic,
            @DefaultValue("fr") String language) {}

    /** Every mailbox with a host, each with a name that stays the same as long as its account does. */
    List<Mailbox> configured() {
        var all = new ArrayList<Mailbox>();
        all.add(mailbox(new Entry(host, port, user, password, ssl, folder, address, office, topic, language)));
        mailboxes.forEach(entry -> all.add(mailbox(entry)));
        return all.stream().filter(box -> box != null).toList();
    }

    private static @Nullable Mailbox mailbox(Entry entry) {
        if (!StringUtils.hasText(entry.host())) {
            return null;
        }
        var port = entry.port() == null ? (entry.ssl() ? 993 : 143) : entry.port();
        var user = entry.user() == null ? "" : entry.user();
        var address = StringUtils.hasText(entry.address()) ? entry.address().strip() : user.contains("@") ? user : user + "@" + entry.host();
        return new Mailbox(user + "@" + entry.host() + "/" + entry.folder(), entry.host(), port, user,
                entry.password() == null ? "" : entry.password(), entry.ssl(), entry.folder(), address, entry.office(), entry.topic(),
                entry.language());
    }
}
