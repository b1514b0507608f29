package coop.agora.helpdesk;

import jakarta.mail.FetchProfile;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.UIDFolder;
import jakarta.mail.search.FlagTerm;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import org.eclipse.angus.mail.imap.IMAPFolder;
import org.eclipse.angus.mail.imap.IMAPMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reads the mail not yet seen in a mailbox, and marks it seen only once the transaction that
 * recorded it committed. A crash before the commit leaves the mail unseen, to be read again; a
 * crash after it finds the mail already recorded, so nothing is lost or done twice. A mail that
 * cannot be handled is recorded as unreadable and the others go on.
 *
 * <p>Mail is fetched from the server a batch at a time in one command, and marked seen a batch at a
 * time, because one round trip per mail kept a burst of mail to a dozen mails a second; some servers
 * also spend time in proportion to the whole folder on each command. Batches are bounded in size
 * too, so that a few large attachments never have to be held in memory at once. Mail that arrives
 * while a batch is handled is read in the same poll rather than at the next one.
 *
 * <p>The mails of a batch are recorded a group at a time, in one transaction, since a commit per
 * mail made a burst wait on the database's disk. Should one mail of a group fail, the group is
 * rolled back and each of its mails recorded in a transaction of its own, so that the one that
 * fails keeps none of the others from being recorded once.
 */
@Component
class MailboxPoller {

    private static final Logger log = LoggerFactory.getLogger(MailboxPoller.class);
    private static final int BATCH = 500;
    /** Mails recorded in one transaction: few enough that the requests their replies lock are not held for long. */
    private static final int GROUP = 100;
    private static final long BATCH_BYTES = 16L * 1024 * 1024;
    /** A mailbox that keeps filling is let go now and then, so that a poll ends and the other mailboxes get their turn. */
    private static final Duration KEEP_READING_FOR = Duration.ofMinutes(5);

    private static final FetchProfile LISTING = new FetchProfile();
    private static final FetchProfile CONTENT = new FetchProfile();

    static {
        LISTING.add(UIDFolder.FetchProfileItem.UID);
        LISTING.add(FetchProfile.Item.SIZE);
        LISTING.add(FetchProfile.Item.FLAGS);
        CONTENT.add(IMAPFolder.FetchProfileItem.MESSAGE);
    }

    private final MailIntake intake;
    private final MailThreads threads;
    private final TransactionTemplate transactions;

    MailboxPoller(MailIntake intake, MailThreads threads, TransactionTemplate transactions) {
        this.intake = intake;
        this.threads = threads;
        this.transactions = transactions;
    }

    /** A mail read from the server, not yet recorded. */
    private record Read(Message message, MailReader.Incoming incoming) {}

    /** Reads what is new in the mailbox, and what arrives meanwhile; returns how many mails were handled. */
    int poll(Mailbox box) throws MessagingException {
        var protocol = box.ssl() ? "imaps" : "imap";
        var properties = new Properties();
        properties.setProperty("mail." + protocol + ".connectiontimeout", "10000");
        properties.setProperty("mail." + protocol + ".timeout", "60000");
        properties.setProperty("mail." + protocol + ".partialfetch", "false");
        // Reading a mail must not mark it seen: only the commit of what it became does.
        properties.setProperty("mail." + protocol + ".peek", "true");
        properties.setProperty("mail." + protocol + ".fetchsize", "1048576");
        var store = Session.getInstance(properties).getStore(protocol);
        store.connect(box.host(), box.port(), box.user(), box.password());
        try {
            var folder = (IMAPFolder) store.getFolder(box.folder());
            folder.open(Folder.READ_WRITE);
            try {
                var until = Instant.now().plus(KEEP_READING_FOR);
                var tried = new HashSet<Long>();
                var handled = 0;
                var listed = messageCount(folder);
                for (var fresh = untried(folder, tried); !fresh.isEmpty() && Instant.now().isBefore(until); ) {
                    for (var batch : batches(fresh)) {
                        handled += handle(box, folder, batch);
                    }
                    var count = messageCount(folder);
                    fresh = arrived(folder, listed, count, tried);
                    listed = count;
                }
                return handled;
            } finally {
                folder.close(false);
            }
        } finally {
            store.close();
        }
    }

    /**
     * The unseen mail not yet tried in this poll, with its IMAP id and size. A mail tried and left
     * unseen, because the server would not hand it over, waits for the next poll instead of being
     * tried again and again.
     */
    private static List<Message> untried(IMAPFolder folder, Set<Long> tried) throws MessagingException {
        var unseen = folder.search(new FlagTerm(new Flags(Flags.Flag.SEEN), false));
        folder.fetch(unseen, LISTING);
        var fresh = new ArrayList<Message>();
        for (var message : unseen) {
            if (tried.add(folder.getUID(message))) {
                fresh.add(message);
            }
        }
        return fresh;
    }

    /**
     * The unseen mail that arrived after the first {@code listed} of the folder, which the server
     * told of in its answers, read without searching the whole folder again: a search costs a
     * server in proportion to the folder (GreenMail took 30 s to search 8,000 mails on a busy
     * machine), and new mail always comes after the mail already there. Mail another reader
     * removed meanwhile can hide some of it, which the next poll's search then finds.
     */
    private static List<Message> arrived(IMAPFolder folder, int listed, int count, Set<Long> tried) throws MessagingException {
        if (count <= listed) {
            return List.of();
        }
        var arrived = folder.getMessages(listed + 1, count);
        folder.fetch(arrived, LISTING);
        var fresh = new ArrayList<Message>();
        for (var message : arrived) {
            if (!message.isSet(Flags.Flag.SEEN) && tried.add(folder.getUID(message))) {
                fresh.add(message);
            }
        }
        return fresh;
    }

    /** How many mails the folder holds now: a NOOP has the server tell of the mail that arrived since its last answer. */
    private static int messageCount(IMAPFolder folder) throws MessagingException {
        noop(folder);
        return folder.getMessageCount();
    }

    private static void noop(IMAPFolder folder) throws MessagingException {
        folder.doCommand(protocol -> {
            protocol.noop();
            return null;
        });
    }

    /** Batches of at most {@link #BATCH} mails and {@link #BATCH_BYTES} bytes; a larger mail is a batch of its own. */
    private static List<Message[]> batches(List<Message> messages) throws MessagingException {
        var batches = new ArrayList<Message[]>();
        var current = new ArrayList<Message>();
        long bytes = 0;
        for (var message : messages) {
            var size = Math.max(0, message.getSize());
            if (!current.isEmpty() && (current.size() == BATCH || bytes + size > BATCH_BYTES)) {
                batches.add(current.toArray(Message[]::new));
                current.clear();
                bytes = 0;
            }
            current.add(message);
            bytes += size;
        }
        if (!current.isEmpty()) {
            batches.add(current.toArray(Message[]::new));
        }
        return batches;
    }

    private int handle(Mailbox box, IMAPFolder folder, Message[] batch) throws MessagingException {
        try {
            folder.fetch(batch, CONTENT);
        } catch (MessagingException e) {
            // Each mail is then fetched on its own, so that one the server cannot hand over is told apart from the others.
            log.warn("Mail of {} could not be fetched as a batch, fetched one by one: {}", box, e.toString());
        }
        var done = new ArrayList<Message>();
        var read = new ArrayList<Read>();
        for (var message : batch) {
            try {
                read.add(new Read(message, MailReader.read(source(message))));
            } catch (IOException | MessagingException e) {
                if (recordedUnreadable(box, folder, message, e)) {
                    done.add(message);
                }
            }
        }
        for (int from = 0; from < read.size(); from += GROUP) {
            if (from > 0) {
                // A server may hang up on a client silent for long (GreenMail after 15 s); a NOOP costs it far less than a STORE.
                noop(folder);
            }
            var group = read.subList(from, Math.min(read.size(), from + GROUP));
            if (takenTogether(box, group)) {
                group.forEach(mail -> done.add(mail.message()));
            } else {
                for (var mail : group) {
                    if (takenAlone(box, mail.incoming())) {
                        done.add(mail.message());
                    }
                }
            }
        }
        var handled = markSeen(folder, done);
        for (var message : batch) {
            // The folder keeps its messages until it closes; their content is no longer needed.
            ((IMAPMessage) message).invalidateHeaders();
        }
        return handled;
    }

    private static int markSeen(IMAPFolder folder, List<Message> messages) throws MessagingException {
        if (!messages.isEmpty()) {
            folder.setFlags(messages.toArray(Message[]::new), new Flags(Flags.Flag.SEEN), true);
        }
        return messages.size();
    }

    /** Records a group of mails in one transaction; false, with nothing recorded, when one of them failed. */
    private boolean takenTogether(Mailbox box, List<Read> group) {
        if (group.size() < 2) {
            return false;
        }
        try {
            transactions.executeWithoutResult(status -> {
                group.forEach(mail -> intake.take(box, mail.incoming()));
                threads.readAtCommit(box.name(), group.stream().map(mail -> mail.incoming().messageId()).toList());
            });
            return true;
        } catch (RuntimeException e) {
            log.info("A mail of {} failed in a group of {}; each is recorded on its own: {}", box, group.size(), e.toString());
            return false;
        }
    }

    /**
     * Records a mail in a transaction of its own, or else notes it as unreadable; false when even the
     * note failed, and the mail then stays unseen, to be tried again at the next poll.
     */
    private boolean takenAlone(Mailbox box, MailReader.Incoming incoming) {
        try {
            intake.take(box, incoming);
            return true;
        } catch (RuntimeException e) {
            log.warn("Mail {} of {} could not be handled and stays in the mailbox: {}", incoming.messageId(), box, e.toString());
        }
        try {
            intake.unreadable(box, incoming);
            return true;
        } catch (RuntimeException e) {
            log.warn("Mail {} of {} could not be noted either, tried again at the next poll: {}", incoming.messageId(), box, e.toString());
            return false;
        }
    }

    /**
     * A mail the server cannot hand over is noted under its IMAP id, which stays the same for as
     * long as the folder does, so that it is noted once and the mailbox moves on.
     */
    private boolean recordedUnreadable(Mailbox box, IMAPFolder folder, Message message, Exception cause) {
        try {
            var key = "<uid." + folder.getUID(message) + "." + folder.getUIDValidity() + "@" + box.host() + ">";
            log.warn("Mail {} of {} could not be fetched and stays in the mailbox: {}", key, box, cause.toString());
            intake.unreadable(box, new MailReader.Incoming(key, "", "", "", List.of(), List.of(), MailReader.Kind.PERSON, null));
            return true;
        } catch (MessagingException | RuntimeException e) {
            log.warn("Mail {} of {} not read, tried again at the next poll: {}", message.getMessageNumber(), box, e.toString());
            return false;
        }
    }

    /** The mail as it was sent, read without marking it seen. */
    private static byte[] source(Message message) throws IOException, MessagingException {
        var out = new ByteArrayOutputStream(16 * 1024);
        message.writeTo(out);
        return out.toByteArray();
    }
}
