package coop.agora.helpdesk;

import coop.agora.platform.Languages;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.InternetHeaders;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/**
 * Reads a mail as it came, whatever its shape: broken MIME, unknown charsets, HTML only, pictures
 * inline, reports from mail servers. It never throws for what is inside the mail: what cannot be
 * read is left out, and a mail with nothing readable still has a key, a sender if one can be found,
 * and empty text.
 */
final class MailReader {

    private static final int MAX_DEPTH = 12;
    private static final int MAX_PARTS = 100;
    private static final int MAX_TEXT_BYTES = 2_000_000;
    private static final Pattern MESSAGE_ID = Pattern.compile("<[^<>\\s]{1,500}>");
    private static final Pattern ADDRESS = Pattern.compile("[A-Za-z0-9._%+'=-]{1,64}@[A-Za-z0-9.-]{1,253}\\.[A-Za-z]{2,63}");
    private static final Set<String> BULK = Set.of("bulk", "junk", "auto_reply", "list");
    /** Signatures and keys of signed mail: part of how it was sent, not files the sender meant to send. */
    private static final Set<String> SIGNATURES = Set.of("application/pkcs7-signature", "application/x-pkcs7-signature", "application/pgp-signature",
            "application/pgp-keys", "application/pgp-encrypted");
    private static final Set<String> BLOCKS = Set.of("p", "div", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "table",
            "ul", "ol", "hr");

    private static final Session SESSION;

    static {
        // Lenient parsing: mail from odd programs is read as far as it can be, never refused.
        var mime = "mail.mime.";
        var properties = new Properties();
        properties.setProperty(mime + "address.strict", "false");
        properties.setProperty(mime + "decodetext.strict", "false");
        properties.setProperty(mime + "parameters.strict", "false");
        properties.setProperty(mime + "base64.ignoreerrors", "true");
        properties.setProperty(mime + "multipart.allowempty", "true");
        properties.setProperty(mime + "decodefilename", "true");
        SESSION = Session.getInstance(properties);
    }

    private MailReader() {}

    /** What kind of mail it is: written by a person, or sent by a program that must never be answered. */
    enum Kind {
        PERSON,
        AUTO_REPLY,
        BOUNCE
    }

    /**
     * A mail as the help desk needs it.
     *
     * @param messageId its Message-ID, or one made from its content when it has none, so that a second copy has the same key
     * @param sender the address it came from, lower case; empty when none could be read
     * @param thread the Message-IDs it answers, most recent first, including those of the mail a bounce is about
     * @param language the language it says it is written in, if Agora speaks it
     */
    record Incoming(
            String messageId,
            String sender,
            String subject,
            String text,
            List<IncomingFile> files,
            List<String> thread,
            Kind kind,
            @Nullable Locale language) {}

    static Incoming read(byte[] raw) {
        MimeMessage message;
        try {
            message = new MimeMessage(SESSION, new ByteArrayInputStream(raw));
        } catch (MessagingException e) {
            return new Incoming(contentKey(raw), "", "", "", List.of(), List.of(), Kind.PERSON, null);
        }
        var collected = new Collected();
        walk(message, collected, 0, false);
        var text = !collected.plain.isEmpty() ? String.join("\n\n", collected.plain) : String.join("\n\n", collected.html.stream().map(MailReader::htmlToText).toList());
        var thread = new ArrayList<String>();
        ids(header(message, "In-Reply-To")).forEach(thread::add);
        var references = ids(header(message, "References"));
        for (int i = references.size() - 1; i >= 0; i--) {
            thread.add(references.get(i));
        }
        thread.addAll(collected.reported);
        var sender = sender(message);
        var messageId = ids(header(message, "Message-ID")).stream().findFirst().orElseGet(() -> contentKey(raw));
        return new Incoming(messageId, sender, subject(message), text.replace("\r\n", "\n").replace('\r', '\n').strip(), List.copyOf(collected.files),
                List.copyOf(new LinkedHashSet<>(thread)), kind(message, sender, collected), language(message));
    }

    private static final class Collected {
        final List<String> plain = new ArrayList<>();
        final List<String> html = new ArrayList<>();
        final List<IncomingFile> files = new ArrayList<>();
        final List<String> reported = new ArrayList<>();
        boolean report;
        int parts;
    }

    private static void walk(Part part, Collected collected, int depth, boolean insideReport) {
        if (depth > MAX_DEPTH || collected.parts++ > MAX_PARTS) {
            return;
        }
        var type = baseType(part);
        try {
            if (type.startsWith("multipart/")) {
                var report = type.equals("multipart/report");
                collected.report |= report && depth == 0;
                if (part.getContent() instanceof Multipart multipart) {
                    for (int i = 0; i < multipart.getCount(); i++) {
                        BodyPart child = multipart.getBodyPart(i);
                        walk(child, collected, depth + 1, insideReport || report);
                    }
                }
                return;
            }
            if (insideReport && (type.equals("message/rfc822") || type.equals("text/rfc822-headers") || type.equals("message/rfc822-headers"))) {
                collected.reported.addAll(reportedIds(part));
                return;
            }
            if (insideReport && type.equals("message/delivery-status")) {
                return;
            }
            if (type.equals("message/rfc822") && part.getContent() instanceof MimeMessage forwarded) {
                walk(forwarded, collected, depth + 1, false);
                return;
            }
            if (SIGNATURES.contains(type)) {
                return;
            }
            var name = fileName(part);
            var attachment = Part.ATTACHMENT.equalsIgnoreCase(disposition(part));
            if (name == null && !attachment && type.equals("text/plain")) {
                collected.plain.add(decodedText(part));
            } else if (name == null && !attachment && type.equals("text/html")) {
                collected.html.add(decodedText(part));
            } else if (name != null || attachment || type.startsWith("image/") || type.startsWith("application/")) {
                try (var in = part.getInputStream()) {
                    collected.files.add(new IncomingFile(name == null ? "attachment" : name, in.readNBytes((int) Attachments.MAX_TOTAL + 1)));
                }
            }
        } catch (MessagingException | IOException | RuntimeException e) {
            // A broken part is left out; the rest of the mail is still read.
        }
    }

    private static List<String> reportedIds(Part part) {
        try (InputStream in = part.getInputStream()) {
            var headers = new InternetHeaders(in);
            return ids(headers.getHeader("Message-ID", " "));
        } catch (MessagingException | IOException | RuntimeException e) {
            return List.of();
        }
    }

    private static String decodedText(Part part) throws MessagingException, IOException {
        byte[] bytes;
        try (var in = part.getInputStream()) {
            bytes = in.readNBytes(MAX_TEXT_BYTES);
        }
        var charset = charsetOf(part);
        if (charset != null) {
            return new String(bytes, charset);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(bytes, Charset.forName("windows-1252"));
        }
    }

    /** The part's charset when Java knows it; an unknown or missing one is guessed from the bytes. */
    private static @Nullable Charset charsetOf(Part part) {
        try {
            var name = new ContentType(part.getContentType()).getParameter("charset");
            if (name == null || name.isBlank()) {
                return null;
            }
            var charset = Charset.forName(MimeUtility.javaCharset(name.strip()));
            return charset.equals(StandardCharsets.US_ASCII) ? null : charset;
        } catch (MessagingException | RuntimeException e) {
            return null;
        }
    }

    /** Text of an HTML mail, with its paragraphs and line breaks, and nothing of its scripts, styles or markup. */
    static String htmlToText(String html) {
        var document = Jsoup.parse(html);
        document.select("script, style, head, title").remove();
        var text = new StringBuilder();
        document.body().traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode textNode) {
                    text.append(textNode.text().replace('\u00a0', ' '));
                } else if (node instanceof Element element && element.normalName().equals("br")) {
                    text.append('\n');
                } else if (node instanceof Element element && element.normalName().equals("li")) {
                    text.append("\n- ");
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element element && BLOCKS.contains(element.normalName())) {
                    text.append('\n');
                }
            }
        });
        return text.toString().replaceAll("[ \\t]+\\n", "\n").replaceAll("\\n{3,}", "\n\n").strip();
    }

    private static Kind kind(MimeMessage message, String sender, Collected collected) {
        var local = sender.contains("@") ? sender.substring(0, sender.indexOf('@')) : sender;
        if (collected.report || local.equals("mailer-daemon") || local.equals("postmaster")) {
            return Kind.BOUNCE;
        }
        var autoSubmitted = header(message, "Auto-Submitted").strip().toLowerCase(Locale.ROOT);
        var precedence = header(message, "Precedence").strip().toLowerCase(Locale.ROOT);
        if ((!autoSubmitted.isEmpty() && !autoSubmitted.equals("no")) || BULK.contains(precedence)
                || !header(message, "X-Autoreply").isEmpty() || !header(message, "X-Autorespond").isEmpty()
                || !header(message, "X-Auto-Reply").isEmpty()) {
            return Kind.AUTO_REPLY;
        }
        return Kind.PERSON;
    }

    private static String sender(MimeMessage message) {
        try {
            var from = message.getFrom();
            if (from != null) {
                for (var address : from) {
                    if (address instanceof InternetAddress internet && internet.getAddress() != null && ADDRESS.matcher(internet.getAddress().strip()).matches()) {
                        return internet.getAddress().strip().toLowerCase(Locale.ROOT);
                    }
                }
            }
        } catch (MessagingException | RuntimeException e) {
            // An address that does not parse is looked for in the raw header below.
        }
        var matcher = ADDRESS.matcher(header(message, "From"));
        return matcher.find() ? matcher.group().toLowerCase(Locale.ROOT) : "";
    }

    private static String subject(MimeMessage message) {
        var raw = header(message, "Subject");
        try {
            return MimeUtility.decodeText(MimeUtility.unfold(raw)).strip();
        } catch (IOException | RuntimeException e) {
            return raw.strip();
        }
    }

    private static @Nullable Locale language(MimeMessage message) {
        return Languages.of(header(message, "Content-Language").split(",")[0]).orElse(null);
    }

    private static String header(MimeMessage message, String name) {
        try {
            var value = message.getHeader(name, " ");
            return value == null ? "" : value;
        } catch (MessagingException | RuntimeException e) {
            return "";
        }
    }

    private static List<String> ids(@Nullable String header) {
        if (header == null) {
            return List.of();
        }
        var ids = new ArrayList<String>();
        var matcher = MESSAGE_ID.matcher(header);
        while (matcher.find() && ids.size() < 100) {
            ids.add(matcher.group());
        }
        return ids;
    }

    private static String baseType(Part part) {
        try {
            return new ContentType(part.getContentType()).getBaseType().toLowerCase(Locale.ROOT);
        } catch (MessagingException | RuntimeException e) {
            // RFC 2045: a content type that cannot be read is plain text.
            return "text/plain";
        }
    }

    private static @Nullable String disposition(Part part) {
        try {
            return part.getDisposition();
        } catch (MessagingException | RuntimeException e) {
            return null;
        }
    }

    private static @Nullable String fileName(Part part) {
        try {
            var name = part.getFileName();
            return name == null || name.isBlank() ? null : name.strip();
        } catch (MessagingException | RuntimeException e) {
            return null;
        }
    }

    /** A key for a mail without Message-ID: the same bytes give the same key, so a re-read is still recognised. */
    private static String contentKey(byte[] raw) {
        try {
            return "<" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(raw)) + "@no-message-id>";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final Pattern QUOTE_HEADER = Pattern.compile(
            "^(On .{1,200} wrote:|Le .{1,200} a écrit ?:|Op .{1,200} schreef .{0,200}:|-{2,} ?(Original Message|Message d'origine|Oorspronkelijk bericht) ?-{2,}|"
                    + "(From|De|Van) ?: .{1,200})\\s*$",
            Pattern.CASE_INSENSITIVE);

    /** What a reply adds: the text above the quoted mail it answers. */
    static String newText(String text) {
        var kept = new ArrayList<String>();
        for (var line : text.split("\\R", -1)) {
            if (QUOTE_HEADER.matcher(line.strip()).matches()) {
                break;
            }
            if (!line.startsWith(">")) {
                kept.add(line);
            }
        }
        var result = String.join("\n", kept).strip();
        return result.isEmpty() ? text.strip() : result;
    }
}
