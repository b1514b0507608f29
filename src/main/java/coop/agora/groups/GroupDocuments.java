package coop.agora.groups;

import coop.agora.accounts.Members;
import coop.agora.platform.FileStore;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Documents a group's members share: minutes, agendas, spreadsheets. Only kinds of files that
 * members open every day are kept, recognised by their content and not by their name alone.
 */
@Service
class GroupDocuments {

    /** The name under which groups keep their files in the file store. */
    static final String MODULE = "groups";
    static final long MAX_SIZE = 10L * 1024 * 1024;

    /** What each accepted extension must start with; null for text, which must be valid UTF-8. */
    private static final Map<String, byte[]> SIGNATURES = Map.ofEntries(
            Map.entry("pdf", "%PDF-".getBytes(StandardCharsets.US_ASCII)),
            Map.entry("png", new byte[] {(byte) 0x89, 'P', 'N', 'G'}),
            Map.entry("jpg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
            Map.entry("jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
            Map.entry("odt", new byte[] {'P', 'K', 3, 4}),
            Map.entry("ods", new byte[] {'P', 'K', 3, 4}),
            Map.entry("odp", new byte[] {'P', 'K', 3, 4}),
            Map.entry("docx", new byte[] {'P', 'K', 3, 4}),
            Map.entry("xlsx", new byte[] {'P', 'K', 3, 4}),
            Map.entry("pptx", new byte[] {'P', 'K', 3, 4}));
    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("pdf", "application/pdf"),
            Map.entry("png", "image/png"),
            Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"),
            Map.entry("odt", "application/vnd.oasis.opendocument.text"),
            Map.entry("ods", "application/vnd.oasis.opendocument.spreadsheet"),
            Map.entry("odp", "application/vnd.oasis.opendocument.presentation"),
            Map.entry("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
            Map.entry("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
            Map.entry("pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation"),
            Map.entry("txt", "text/plain; charset=utf-8"),
            Map.entry("csv", "text/csv; charset=utf-8"),
            Map.entry("md", "text/plain; charset=utf-8"));

    private final JdbcClient db;
    private final FileStore files;
    private final Members members;

    GroupDocuments(JdbcClient db, FileStore files, Members members) {
        this.db = db;
        this.files = files;
        this.members = members;
    }

    /** Why a file is not kept, as a text key; none when it is fine. */
    static Optional<String> problem(String name, byte[] content) {
        if (content.length == 0) {
            return Optional.of("groups.error.documentEmpty");
        }
        if (content.length > MAX_SIZE) {
            return Optional.of("groups.error.documentTooLarge");
        }
        var extension = extension(name);
        if (!TYPES.containsKey(extension)) {
            return Optional.of("groups.error.documentType");
        }
        var signature = SIGNATURES.get(extension);
        var matches = signature == null ? text(content) : startsWith(content, signature);
        return matches ? Optional.empty() : Optional.of("groups.error.documentType");
    }

    @Transactional
    long add(long groupId, long memberId, String name, byte[] content) {
        var stored = files.save(MODULE, memberId, name, TYPES.get(extension(name)), content);
        return db.sql("insert into groups.document (group_id, file_id, uploaded_by, name, size) values (?, ?, ?, ?, ?) returning id")
                .params(groupId, stored.id(), memberId, stored.name(), stored.size())
                .query(Long.class)
                .single();
    }

    List<DocumentLine> of(long groupId, long viewerId, Locale locale) {
        record Row(long id, String name, long size, @Nullable Long uploadedBy, Timestamp createdAt) {}
        var rows = db.sql("select id, name, size, uploaded_by, created_at from groups.document where group_id = ? order by created_at desc, id desc limit 100")
                .param(groupId)
                .query((row, number) -> new Row(row.getLong("id"), row.getString("name"), row.getLong("size"),
                        row.getObject("uploaded_by", Long.class), row.getTimestamp("created_at")))
                .list();
        var people = new HashSet<Long>();
        rows.forEach(row -> people.add(row.uploadedBy() == null ? -1L : row.uploadedBy()));
        var names = members.displayNames(people, locale);
        return rows.stream()
                .map(row -> new DocumentLine(row.id(), row.name(), row.size(), names.get(row.uploadedBy() == null ? -1L : row.uploadedBy()),
                        row.uploadedBy() != null && row.uploadedBy() == viewerId, row.createdAt().toInstant()))
                .toList();
    }

    /** A document of this group: its file id and who shared it. */
    record Shared(long fileId, @Nullable Long uploadedBy) {}

    Optional<Shared> find(long groupId, long documentId) {
        return db.sql("select file_id, uploaded_by from groups.document where id = ? and group_id = ?")
                .params(documentId, groupId)
                .query((row, number) -> new Shared(row.getLong("file_id"), row.getObject("uploaded_by", Long.class)))
                .optional();
    }

    Optional<FileStore.Content> content(long fileId) {
        return files.read(fileId);
    }

    @Transactional
    void delete(long groupId, long documentId) {
        find(groupId, documentId).ifPresent(shared -> {
            db.sql("delete from groups.document where id = ?").param(documentId).update();
            files.delete(shared.fileId());
        });
    }

    private static String extension(String name) {
        var dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static boolean startsWith(byte[] content, byte[] signature) {
        if (content.length < signature.length) {
            return false;
        }
        for (int i = 0; i < signature.length; i++) {
            if (content[i] != signature[i]) {
                return false;
            }
        }
        return true;
    }

    /** Text is UTF-8 without control characters other than tabs and line ends. */
    private static boolean text(byte[] content) {
        try {
            var decoded = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content));
            return decoded.chars().noneMatch(c -> c < 0x20 && c != '\t' && c != '\n' && c != '\r');
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
