package coop.agora.platform;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps uploaded files in PostgreSQL, each owned by a module and a person. It stores and returns
 * bytes only: checking what a file is ({@link Images} for pictures) and who may read it is the
 * owning module's work.
 */
@Component
public class FileStore {

    /** The largest file kept; modules set their own, lower limits. */
    public static final long MAX_SIZE = 20L * 1024 * 1024;

    private static final Pattern UNSAFE_NAME = Pattern.compile("[^\\p{L}\\p{N}._ -]");
    private static final int MAX_NAME = 120;

    private final JdbcClient db;

    FileStore(JdbcClient db) {
        this.db = db;
    }

    /** A file's content and type, ready to serve. */
    public record Content(StoredFile file, byte[] bytes) {}

    public StoredFile save(String module, long ownerId, String name, String contentType, byte[] content) {
        if (content.length == 0 || content.length > MAX_SIZE) {
            throw new IllegalArgumentException("A stored file must hold 1 byte to " + MAX_SIZE + " bytes");
        }
        var safeName = safeName(name);
        var id = db.sql("""
                        insert into platform.stored_file (module, owner_id, name, content_type, size, sha256, content)
                        values (?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(module, ownerId, safeName, contentType, content.length, sha256(content), content)
                .query(Long.class)
                .single();
        return metadata(id).orElseThrow();
    }

    public Optional<StoredFile> metadata(long id) {
        return db.sql("select id, module, owner_id, name, content_type, size, created_at from platform.stored_file where id = ?")
                .param(id)
                .query(StoredFile.class)
                .optional();
    }

    public Optional<Content> read(long id) {
        return metadata(id).map(file -> new Content(
                file,
                db.sql("select content from platform.stored_file where id = ?")
                        .param(id)
                        .query(byte[].class)
                        .single()));
    }

    public List<StoredFile> ownedBy(String module, long ownerId) {
        return db.sql("""
                        select id, module, owner_id, name, content_type, size, created_at from platform.stored_file
                        where module = ? and owner_id = ? order by id""")
                .params(module, ownerId)
                .query(StoredFile.class)
                .list();
    }

    public void delete(long id) {
        db.sql("delete from platform.stored_file where id = ?").param(id).update();
    }

    /** Forgets every file of a person in a module, when they erase their account. */
    public void deleteAllOwnedBy(String module, long ownerId) {
        db.sql("delete from platform.stored_file where module = ? and owner_id = ?").params(module, ownerId).update();
    }

    /** A name safe to show and to put in a download header: no paths, no control characters. */
    static String safeName(String name) {
        var base = name == null ? "" : name.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1);
        base = UNSAFE_NAME.matcher(base).replaceAll("_").strip();
        if (base.isEmpty() || base.chars().allMatch(c -> c == '.')) {
            base = "file";
        }
        return base.length() > MAX_NAME ? base.substring(base.length() - MAX_NAME) : base;
    }

    private static byte[] sha256(byte[] content) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(content);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
