package coop.agora.helpdesk;

import coop.agora.platform.FileStore;
import coop.agora.platform.Images;
import coop.agora.platform.web.FormErrors;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Documents and pictures sent with a message. What a file is comes from its content, never from its
 * name: PDF, Word, Excel and OpenDocument files and JPEG, PNG or WebP pictures; pictures are
 * rewritten by the platform, which drops their metadata.
 */
@Service
class Attachments {

    static final long MAX_TOTAL = FileStore.MAX_SIZE;
    static final int MAX_FILES = 10;
    private static final int PICTURE_SIDE = 2400;

    private final Images images;
    private final FileStore files;
    private final JdbcClient db;

    Attachments(Images images, FileStore files, JdbcClient db) {
        this.images = images;
        this.files = files;
        this.db = db;
    }

    /** A file checked and ready to keep once the message is written. */
    record Checked(String name, String contentType, byte[] bytes) {}

    /** Checks the files of a form; a problem is reported on the {@code attachments} field and nothing is kept. */
    List<Checked> check(List<IncomingFile> uploads, FormErrors.Builder errors) {
        var sent = uploads.stream().filter(file -> file.bytes().length > 0).toList();
        if (sent.isEmpty()) {
            return List.of();
        }
        if (sent.size() > MAX_FILES) {
            errors.reject("attachments", "helpdesk.error.tooManyFiles");
            return List.of();
        }
        if (sent.stream().mapToLong(file -> file.bytes().length).sum() > MAX_TOTAL) {
            errors.reject("attachments", "helpdesk.error.filesTooLarge");
            return List.of();
        }
        var checked = new ArrayList<Checked>();
        for (var upload : sent) {
            try {
                var bytes = upload.bytes();
                var name = upload.name();
                var document = documentType(bytes);
                if (document != null) {
                    checked.add(new Checked(name, document, bytes));
                } else {
                    var picture = images.normalize(bytes, PICTURE_SIDE);
                    checked.add(new Checked(renamed(name, picture.contentType()), picture.contentType(), picture.bytes()));
                }
            } catch (Images.Refused refused) {
                errors.reject("attachments", refused.reasonKey().equals("image.error.notAnImage") ? "helpdesk.error.fileType" : refused.reasonKey());
                return List.of();
            }
        }
        return checked;
    }

    void attach(long messageId, long ownerId, List<Checked> checked) {
        for (var file : checked) {
            var stored = files.save("helpdesk", ownerId, file.name(), file.contentType(), file.bytes());
            db.sql("insert into helpdesk.attachment (message_id, file_id, name, content_type, size) values (?, ?, ?, ?, ?)")
                    .params(messageId, stored.id(), stored.name(), stored.contentType(), stored.size())
                    .update();
        }
    }

    /** Where an attachment belongs, so that it is served only to those who may read that message. */
    record Place(long requestId, MessageKind kind, long fileId, String name, String contentType) {}

    Optional<Place> place(long attachmentId) {
        return db.sql("""
                        select m.request_id, m.kind, a.file_id, a.name, a.content_type from helpdesk.attachment a
                        join helpdesk.message m on m.id = a.message_id where a.id = ?""")
                .param(attachmentId)
                .query(Place.class)
                .optional();
    }

    Optional<FileStore.Content> content(long fileId) {
        return files.read(fileId);
    }

    /** Forgets the files of a request's messages, when its member erases their account. */
    void deleteOfMember(long memberId) {
        var fileIds = db.sql("""
                        select a.file_id from helpdesk.attachment a join helpdesk.message m on m.id = a.message_id
                        join helpdesk.request r on r.id = m.request_id where r.member_id = ?""")
                .param(memberId)
                .query(Long.class)
                .list();
        fileIds.forEach(files::delete);
    }

    /** Forgets the files sent by mail from an address before it had an account, when that account is erased. */
    void deleteOfAddress(String address) {
        db.sql("""
                        select a.file_id from helpdesk.attachment a join helpdesk.message m on m.id = a.message_id
                        join helpdesk.request r on r.id = m.request_id where r.member_id is null and r.mail_address = ?""")
                .param(address)
                .query(Long.class)
                .list()
                .forEach(files::delete);
    }

    private static String renamed(String name, String contentType) {
        var dot = name.lastIndexOf('.');
        var base = dot > 0 ? name.substring(0, dot) : name;
        return base + (contentType.equals("image/png") ? ".png" : ".jpg");
    }

    /** The type of an office document, from its first bytes and, for zipped formats, from what it holds. */
    static @Nullable String documentType(byte[] bytes) {
        if (startsWith(bytes, "%PDF-")) {
            return "application/pdf";
        }
        if (bytes.length > 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4) {
            return zippedDocumentType(bytes);
        }
        return null;
    }

    private static @Nullable String zippedDocumentType(byte[] bytes) {
        var entries = 0;
        try (var zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            ZipEntry entry;
            boolean word = false, excel = false, contentTypes = false;
            while ((entry = zip.getNextEntry()) != null && entries++ < 2000) {
                var name = entry.getName();
                if (name.equals("mimetype")) {
                    var type = new String(zip.readNBytes(100), StandardCharsets.US_ASCII).strip();
                    return switch (type) {
                        case "application/vnd.oasis.opendocument.text", "application/vnd.oasis.opendocument.spreadsheet" -> type;
                        default -> null;
                    };
                }
                contentTypes |= name.equals("[Content_Types].xml");
                word |= name.startsWith("word/");
                excel |= name.startsWith("xl/");
            }
            if (contentTypes && word) {
                return "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
            }
            if (contentTypes && excel) {
                return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
            }
            return null;
        } catch (IOException | IllegalArgumentException e) {
            return null;
        }
    }

    private static boolean startsWith(byte[] bytes, String prefix) {
        var expected = prefix.getBytes(StandardCharsets.US_ASCII);
        if (bytes.length < expected.length) {
            return false;
        }
        for (int i = 0; i < expected.length; i++) {
            if (bytes[i] != expected[i]) {
                return false;
            }
        }
        return true;
    }
}
