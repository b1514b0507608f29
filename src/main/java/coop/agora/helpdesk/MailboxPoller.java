package coop.agora.helpdesk;

import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.UIDFolder;
import jakarta.mail.search.FlagTerm;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Reads the mail not yet seen in a mailbox, each in its own transaction, and marks it seen only
 * once that transaction committed. A crash before the commit leaves the mail unseen, to be read
 * again; a crash after it finds the mail already recorded, so nothing is lost or done twice. A mail
 * that cannot be handled is recorded as unreadable and the others go on.
 */
@Component
class MailboxPoller {

    private static final Logger log = LoggerFactory.getLogger(MailboxPoller.class);
    private static final int BATCH = 100;

    private final MailIntake intake;

    MailboxPoller(MailIntake intake) {
        this.intake = intake;
    }

    /** Reads what is new in the mailbox; returns how many mails were handled. */
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
            var folder = store.getFolder(box.folder());
            folder.open(Folder.READ_WRITE);
            try {
                var unseen = folder.search(new FlagTerm(new Flags(Flags.Flag.SEEN), false));
                var handled = 0;
                for (int from = 0; from < unseen.length; from += BATCH) {
                    handled += handle(box, folder, Arrays.copyOfRange(unseen, from, Math.min(unseen.length, from + BATCH)));
                }
                return handled;
            } finally {
                folder.close(false);
            }
        } finally {
            store.close();
        }
    }

    private int handle(Mailbox box, Folder folder, Message[] batch) throws MessagingException {
        var done = new ArrayList<Message>();
        for (var message : batch) {
            byte[] raw;
            try {
                raw = source(message);
            } catch (IOException | MessagingException e) {
                if (folder instanceof UIDFolder uids && recordedUnreadable(box, uids, message, e)) {
                    done.add(message);
                }
                continue;
            }
            var incoming = MailReader.read(raw);
            try {
                intake.take(box, incoming);
            } catch (RuntimeException e) {
                log.warn("Mail {} of {} could not be handled and stays in the mailbox: {}", incoming.messageId(), box, e.toString());
                intake.unreadable(box, incoming);
            }
            done.add(message);
        }
        if (!done.isEmpty()) {
            folder.setFlags(done.toArray(Message[]::new), new Flags(Flags.Flag.SEEN), true);
        }
        return done.size();
    }

    /**
     * A mail the server cannot hand over is noted under its IMAP id, which stays the same for as
     * long as the folder does, so that it is noted once and the mailbox moves on.
     */
    private boolean recordedUnreadable(Mailbox box, UIDFolder folder, Message message, Exception cause) {
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
