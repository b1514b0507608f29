package coop.agora.helpdesk;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A real IMAP mailbox for the help desk to read, and the help desk's mail as it left through the outbox. */
final class MailTesting {

    static final String MAILBOX_USER = "aide@coop.example";
    static final String MAILBOX_PASSWORD = "boite-aux-lettres";

    static GreenMailExtension imapServer() {
        return new GreenMailExtension(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_IMAP))
                .withConfiguration(GreenMailConfiguration.aConfig().withUser(MAILBOX_USER, MAILBOX_USER, MAILBOX_PASSWORD));
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One session for every mail delivered: making one looks through the class path for mail providers each time. */
    private static final Session SESSION = Session.getInstance(new Properties());

    private final GreenMailExtension server;
    private final JdbcClient db;
    final Mailbox mailbox;

    MailTesting(GreenMailExtension server, JdbcClient db) {
        this.server = server;
        this.db = db;
        // Real servers keep a silent client at least 30 minutes (RFC 3501); GreenMail's 30 seconds hang up on a poller recording a group on a busy machine.
        server.getImap().setClientSocketTimeout((int) java.time.Duration.ofMinutes(30).toMillis());
        this.mailbox = new Mailbox("test-" + UUID.randomUUID(), "127.0.0.1", server.getImap().getPort(), MAILBOX_USER, MAILBOX_PASSWORD, false,
                "INBOX", MAILBOX_USER, null, null, "fr");
    }

    static String newMessageId() {
        return "<" + UUID.randomUUID() + "@mail.example.org>";
    }

    /** A plain mail written by a person. */
    static String mail(String from, String messageId, String subject, String body, String... extraHeaders) {
        var headers = new StringBuilder();
        for (var header : extraHeaders) {
            headers.append(header).append("\r\n");
        }
        return "From: " + from + "\r\n"
                + "To: " + MAILBOX_USER + "\r\n"
                + "Subject: " + subject + "\r\n"
                + "Message-ID: " + messageId + "\r\n"
                + "Date: Mon, 23 Nov 2026 09:00:00 +0100\r\n"
                + headers
                + "MIME-Version: 1.0\r\n"
                + "Content-Type: text/plain; charset=UTF-8\r\n"
                + "Content-Transfer-Encoding: 8bit\r\n"
                + "\r\n"
                + body.replace("\n", "\r\n") + "\r\n";
    }

    void deliver(String source) {
        deliver(source.getBytes(StandardCharsets.UTF_8));
    }

    void deliver(byte[] source) {
        try {
            var message = new MimeMessage(SESSION, new ByteArrayInputStream(source));
            server.getUserManager().getUser(MAILBOX_USER).deliver(message);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Marks every mail of the mailbox unseen again, as if the poller had stopped before marking them. */
    void forgetSeen() throws Exception {
        var store = Session.getInstance(new Properties()).getStore("imap");
        store.connect("127.0.0.1", mailbox.port(), MAILBOX_USER, MAILBOX_PASSWORD);
        try {
            var folder = store.getFolder("INBOX");
            folder.open(Folder.READ_WRITE);
            folder.setFlags(folder.getMessages(), new Flags(Flags.Flag.SEEN), false);
            folder.close(false);
        } finally {
            store.close();
        }
    }

    /** How many mails of the mailbox are marked seen, and how many there are. */
    int[] seenOfAll() throws Exception {
        var store = Session.getInstance(new Properties()).getStore("imap");
        store.connect("127.0.0.1", mailbox.port(), MAILBOX_USER, MAILBOX_PASSWORD);
        try {
            var folder = store.getFolder("INBOX");
            folder.open(Folder.READ_ONLY);
            var all = folder.getMessages();
            var seen = (int) Arrays.stream(all).filter(message -> {
                try {
                    return message.isSet(Flags.Flag.SEEN);
                } catch (jakarta.mail.MessagingException e) {
                    throw new IllegalStateException(e);
                }
            }).count();
            folder.close(false);
            return new int[] {seen, all.length};
        } finally {
            store.close();
        }
    }

    /** A mail the help desk sent, from the outbox. */
    record Sent(String subject, String body, String html, Map<String, String> headers) {

        String messageId() {
            return headers.get("Message-ID");
        }
    }

    List<Sent> sentTo(String recipient) {
        return db.sql("select subject, body, html_body, headers from platform.outgoing_mail where recipient = ? order by id")
                .param(recipient)
                .query((row, number) -> new Sent(row.getString("subject"), row.getString("body"), row.getString("html_body"),
                        headers(row.getString("headers"))))
                .list();
    }

    Sent lastSentTo(String recipient) {
        var sent = sentTo(recipient);
        if (sent.isEmpty()) {
            throw new AssertionError("No mail to " + recipient);
        }
        return sent.get(sent.size() - 1);
    }

    private static Map<String, String> headers(String block) {
        var headers = new java.util.LinkedHashMap<String, String>();
        for (var line : block.split("\n")) {
            var colon = line.indexOf(':');
            if (colon > 0) {
                headers.put(line.substring(0, colon), line.substring(colon + 1).strip());
            }
        }
        return headers;
    }

    private static final Pattern REFERENCE = Pattern.compile("\\[#(\\d+)]");

    static long referenceIn(String subject) {
        var matcher = REFERENCE.matcher(subject);
        if (!matcher.find()) {
            throw new AssertionError("No reference in " + subject);
        }
        return Long.parseLong(matcher.group(1));
    }

    long requestsFrom(String address) {
        return db.sql("select count(*) from helpdesk.request where mail_address = ?").param(address).query(Long.class).single();
    }

    String outcomeOf(String messageId) {
        return db.sql("select outcome from helpdesk.inbound_mail where message_id = ? and mailbox = ?")
                .params(messageId, mailbox.name())
                .query(String.class)
                .single();
    }

    List<String> notesOf(long requestId) {
        return db.sql("select body from helpdesk.message where request_id = ? and kind = 'NOTE' order by id").param(requestId).query(String.class).list();
    }

    String statusOf(long requestId) {
        return db.sql("select status from helpdesk.request where id = ?").param(requestId).query(String.class).single();
    }
}
