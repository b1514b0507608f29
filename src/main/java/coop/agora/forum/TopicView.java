package coop.agora.forum;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A topic's own facts, for its page. */
public record TopicView(
        long id,
        long categoryId,
        String title,
        String language,
        @Nullable Long authorId,
        boolean pinned,
        boolean locked,
        boolean hidden,
        boolean pending,
        @Nullable Long solutionPostId,
        int replyCount,
        Instant createdAt,
        Instant lastPostAt) {

    public boolean solved() {
        return solutionPostId != null;
    }
}
