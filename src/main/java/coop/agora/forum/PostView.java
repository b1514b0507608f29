package coop.agora.forum;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A post as its topic page shows it; the HTML was made safe when the post was written. */
public record PostView(
        long id,
        @Nullable Long authorId,
        String authorName,
        String bodyHtml,
        Instant createdAt,
        @Nullable Instant editedAt,
        boolean hidden,
        boolean pending,
        boolean official,
        boolean opening,
        int thanksCount,
        boolean thankedByViewer,
        @Nullable Long imageId,
        @Nullable String imageAlt) {}
