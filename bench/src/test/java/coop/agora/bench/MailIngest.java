package coop.agora.bench;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The help desk's mail ingest, measured: an IMAP server (GreenMail) on loopback that Agora reads
 * (bench/run starts Agora with this mailbox configured, polled every second), mail delivered to it,
 * and the time each mail takes to become help desk work, read from {@code helpdesk.inbound_mail}
 * (the moment Agora recorded it, in the transaction that makes the request visible).
 *
 * <ol>
 *   <li>steady: mail arrives at {@code bench.mailRate} per second for {@code bench.duration}
 *       seconds; the delays are Agora's own, since it keeps up (at most one poll interval of waiting).
 *   <li>burst: {@code bench.mails} mails land in the mailbox at once, as after an outage of the
 *       mail server; mails per second is how fast Agora works through them.
 * </ol>
 *
 * A mix like the help desk's: six in ten new requests from members, a quarter replies in an
 * existing thread (by In-Reply-To), one in ten from strangers, one in twenty out-of-office replies.
 */
public final class MailIngest {

    static final String MAILBOX = "aide@bench.example";
    static final String PASSWORD = "bench-mailbox";

    private final GreenMailUser mailbox;
    private final Session session = Session.getInstance(new Properties());
    private final List<String> senders;
    private final List<String[]> threads;
    private final String jdbcUrl;

    private MailIngest(GreenMailUser mailbox, List<String> senders, List<String[]> threads, String jdbcUrl) {
        this.mailbox = mailbox;
        this.senders = senders;
        this.threads = threads;
        this.jdbcUrl = jdbcUrl;
    }

    public static void main(String[] args) throws Exception {
        var imapPort = Integer.getInteger("bench.imapPort");
        var feeders = Path.of(System.getProperty("bench.feeders"));
        var results = Path.of(System.getProperty("bench.mailResults"));
        var burst = Integer.getInteger("bench.mails", 10_000);
        var rate = Integer.getInteger("bench.mailRate", 20);
        var duration = Integer.getInteger("bench.duration", 20);
        var jdbcUrl = "jdbc:postgresql://127.0.0.1:" + Integer.getInteger("bench.pgPort") + "/postgres?user=postgres";

        var server = new GreenMail(new ServerSetup(imapPort, "127.0.0.1", ServerSetup.PROTOCOL_IMAP))
                .withConfiguration(GreenMailConfiguration.aConfig().withUser(MAILBOX, MAILBOX, PASSWORD));
        server.start();
        // Real servers keep a silent client at least 30 minutes (RFC 3501); GreenMail's 30 seconds hang up on Agora while it
        // records a group of mails on a busy machine, and the poll then starts over.
        server.getImap().setClientSocketTimeout((int) Duration.ofMinutes(30).toMillis());
        try {
            var ingest = new MailIngest(server.getUserManager().getUser(MAILBOX), column(feeders.resolve("mail-senders.csv"), 1).stream()
                    .map(row -> row[0]).toList(), column(feeders.resolve("mail-threads.csv"), 2), jdbcUrl);
            try (var out = new PrintWriter(Files.newBufferedWriter(results))) {
                var steady = ingest.steady(rate, duration);
                out.println("mail_steady=" + steady);
                System.out.println("steady: " + steady);
                var atOnce = ingest.burst(burst);
                out.println("mail_burst=" + atOnce);
                System.out.println("burst: " + atOnce);
            }
        } finally {
            server.stop();
        }
    }

    private static List<String[]> column(Path csv, int columns) throws IOException {
        return Files.readAllLines(csv).stream().skip(1).map(line -> line.split(",", columns)).toList();
    }

    private String steady(int rate, int seconds) throws Exception {
        var delivered = new HashMap<String, Long>();
        var count = rate * seconds;
        var start = System.nanoTime();
        for (int i = 0; i < count; i++) {
            var due = start + Duration.ofSeconds(1).toNanos() * i / rate;
            var wait = due - System.nanoTime();
            if (wait > 0) {
                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            }
            deliver("steady", i, delivered);
        }
        var read = waitForAll("steady", delivered.size(), Duration.ofMinutes(2));
        return describe(delivered, read, rate + " mails/s for " + seconds + " s");
    }

    /**
     * The burst's mails are written before the first is delivered, so that the time this program
     * spends writing them is not counted against Agora; delivering them is still, since it is when
     * they land. Delivering takes GreenMail a few milliseconds a mail on a busy machine, which the
     * line tells, so that a rate limited by the delivery is seen as such.
     */
    private String burst(int count) throws Exception {
        var messages = new ArrayList<MimeMessage>(count);
        for (int i = 0; i < count; i++) {
            messages.add(message("burst", i));
        }
        var delivered = new HashMap<String, Long>();
        var start = System.nanoTime();
        for (var message : messages) {
            mailbox.deliver(message);
            delivered.put(message.getMessageID(), System.currentTimeMillis());
        }
        var delivering = Duration.ofNanos(System.nanoTime() - start);
        var read = waitForAll("burst", delivered.size(), Duration.ofMinutes(30));
        return describe(delivered, read, count + " mails at once") + String.format(" (delivered in %.1f s)", delivering.toMillis() / 1000.0);
    }

    private void deliver(String phase, int i, Map<String, Long> delivered) throws Exception {
        var message = message(phase, i);
        mailbox.deliver(message);
        delivered.put(message.getMessageID(), System.currentTimeMillis());
    }

    private MimeMessage message(String phase, int i) throws Exception {
        var random = ThreadLocalRandom.current();
        var messageId = "<bench-" + phase + "-" + i + "@mail.example>";
        var message = new MimeMessage(session) {
            @Override
            protected void updateMessageID() throws jakarta.mail.MessagingException {
                setHeader("Message-ID", messageId);
            }
        };
        var kind = random.nextInt(100);
        String from;
        if (kind < 60 || threads.isEmpty()) {
            from = senders.get(random.nextInt(senders.size()));
            message.setSubject("Question " + i + " sur ma facture", "UTF-8");
            message.setText("Bonjour,\n\nPouvez-vous m'aider avec la facture " + i + " ? Le client demande un acompte.\n\nMerci", "UTF-8");
        } else if (kind < 85 || kind >= 95) {
            var thread = threads.get(random.nextInt(threads.size()));
            from = thread[0];
            message.setHeader("In-Reply-To", thread[1]);
            message.setHeader("References", thread[1]);
            if (kind >= 95) {
                message.setHeader("Auto-Submitted", "auto-replied");
                message.setSubject("Absent : Re: votre demande", "UTF-8");
                message.setText("Je suis absent jusqu'au 30 novembre.", "UTF-8");
            } else {
                message.setSubject("Re: votre demande", "UTF-8");
                message.setText("Merci, voici la précision demandée (" + i + ").\n\n> Bonjour,", "UTF-8");
            }
        } else {
            from = "inconnu." + phase + "." + i + "@example.net";
            message.setSubject("Devenir membre", "UTF-8");
            message.setText("Bonjour, comment devenir membre de la coopérative ?", "UTF-8");
        }
        message.setFrom(new InternetAddress(from));
        message.setRecipient(MimeMessage.RecipientType.TO, new InternetAddress(MAILBOX));
        message.saveChanges();
        return message;
    }

    /** When Agora recorded each mail of the phase, in epoch milliseconds, once all of them are in. */
    private Map<String, Long> waitForAll(String phase, int count, Duration limit) throws SQLException, InterruptedException {
        var deadline = System.nanoTime() + limit.toNanos();
        try (var db = DriverManager.getConnection(jdbcUrl)) {
            var pattern = "<bench-" + phase + "-%";
            while (true) {
                try (var statement = db.prepareStatement("select count(*) from helpdesk.inbound_mail where message_id like ? and outcome <> 'PENDING'")) {
                    statement.setString(1, pattern);
                    try (var rows = statement.executeQuery()) {
                        rows.next();
                        if (rows.getInt(1) >= count || System.nanoTime() > deadline) {
                            break;
                        }
                    }
                }
                Thread.sleep(200);
            }
            var read = new HashMap<String, Long>();
            try (var statement = db.prepareStatement(
                    "select message_id, (extract(epoch from read_at) * 1000)::bigint from helpdesk.inbound_mail where message_id like ?")) {
                statement.setString(1, pattern);
                try (var rows = statement.executeQuery()) {
                    while (rows.next()) {
                        read.put(rows.getString(1), rows.getLong(2));
                    }
                }
            }
            return read;
        }
    }

    private static String describe(Map<String, Long> delivered, Map<String, Long> read, String load) {
        var delays = new ArrayList<Long>();
        delivered.forEach((id, at) -> {
            if (read.containsKey(id)) {
                delays.add(Math.max(0, read.get(id) - at));
            }
        });
        if (delays.isEmpty()) {
            return load + ": none read";
        }
        var sorted = delays.stream().mapToLong(Long::longValue).sorted().toArray();
        var first = delivered.values().stream().mapToLong(Long::longValue).min().orElseThrow();
        var last = read.values().stream().mapToLong(Long::longValue).max().orElseThrow();
        var perSecond = sorted.length * 1000.0 / Math.max(1, last - first);
        return String.format("%s: %d of %d read in %.1f s, %.0f mails/s, delay from delivery to request p50 %d ms, p95 %d ms, max %d ms",
                load, sorted.length, delivered.size(), (last - first) / 1000.0, perSecond, percentile(sorted, 50), percentile(sorted, 95),
                sorted[sorted.length - 1]);
    }

    private static long percentile(long[] sorted, int percent) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(percent / 100.0 * sorted.length) - 1)];
    }
}
