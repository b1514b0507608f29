package coop.agora.forum;

import coop.agora.platform.FileStore;
import coop.agora.platform.Images;
import coop.agora.platform.web.FormErrors;
import java.io.IOException;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.web.multipart.MultipartFile;

/**
 * The picture a member may add under a post: checked and rewritten by the platform, kept in its
 * file store, and shown with the text its author wrote for people who cannot see it.
 */
@Service
class PostImages {

    static final int MAX_SIDE = 1600;
    static final int MAX_ALT = 300;

    private final Images images;
    private final FileStore files;
    private final JdbcClient db;

    PostImages(Images images, FileStore files, JdbcClient db) {
        this.images = images;
        this.files = files;
        this.db = db;
    }

    /** A picture checked and ready to attach once the post is written. */
    record Checked(Images.Normalized picture, String name, String altText) {}

    /** Checks the picture of a form, if one was sent; problems go to the form's errors. */
    @Nullable Checked check(@Nullable MultipartFile upload, String altText, FormErrors.Builder errors) {
        if (upload == null || upload.isEmpty()) {
            return null;
        }
        var alt = altText.strip();
        if (alt.isEmpty()) {
            errors.reject("imageAlt", "forum.error.imageAlt");
        } else if (alt.length() > MAX_ALT) {
            errors.reject("imageAlt", "forum.error.imageAltLong");
        }
        try {
            var picture = images.normalize(upload.getBytes(), MAX_SIDE);
            return errors.has("imageAlt") ? null : new Checked(picture, String.valueOf(upload.getOriginalFilename()), alt);
        } catch (Images.Refused refused) {
            errors.reject("image", refused.reasonKey());
        } catch (IOException e) {
            errors.reject("image", "image.error.unreadable");
        }
        return null;
    }

    void attach(long postId, long authorId, Checked checked) {
        var stored = files.save("forum", authorId, checked.name(), checked.picture().contentType(), checked.picture().bytes());
        db.sql("insert into forum.post_image (post_id, file_id, alt_text) values (?, ?, ?)").params(postId, stored.id(), checked.altText()).update();
    }

    /** The topic a picture belongs to, so that it is shown only to those who may read the topic. */
    Optional<Long> postOf(long fileId) {
        return db.sql("select post_id from forum.post_image where file_id = ?").param(fileId).query(Long.class).optional();
    }

    Optional<FileStore.Content> read(long fileId) {
        return files.read(fileId);
    }
}
