package coop.agora.forum;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A post found by a search.
 *
 * @param snippetHtml a passage of the post with the matching words in {@code <mark>}, HTML-escaped otherwise
 */
public record SearchHit(long postId, long topicId, String topicTitle, long categoryId, @Nullable Long authorId, String authorName, Instant createdAt,
        boolean solved, String snippetHtml) {}
