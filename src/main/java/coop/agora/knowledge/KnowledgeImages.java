package coop.agora.knowledge;

import coop.agora.platform.FileStore;
import coop.agora.platform.Images;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Pictures editors upload for articles: checked and rewritten by the platform, kept in its file store. */
@Service
class KnowledgeImages {

    static final int MAX_SIDE = 1600;

    private final Images images;
    private final FileStore files;
    private final JdbcClient db;

    KnowledgeImages(Images images, FileStore files, JdbcClient db) {
        this.images = images;
        this.files = files;
        this.db = db;
    }

    /** Keeps the picture and returns its id to put in an article; refused pictures leave nothing behind. */
    @Transactional
    long upload(byte[] upload, String name, long editorId) throws Images.Refused {
        var picture = images.normalize(upload, MAX_SIDE);
        var stored = files.save("knowledge", editorId, name, picture.contentType(), picture.bytes());
        db.sql("insert into knowledge.article_image (file_id, uploaded_by) values (?, ?)").params(stored.id(), editorId).update();
        return stored.id();
    }

    boolean exists(long fileId) {
        return db.sql("select count(*) from knowledge.article_image where file_id = ?").param(fileId).query(Long.class).single() > 0;
    }

    Optional<FileStore.Content> read(long fileId) {
        return exists(fileId) ? files.read(fileId) : Optional.empty();
    }
}
