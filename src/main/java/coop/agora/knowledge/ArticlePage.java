package coop.agora.knowledge;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One translation as a reader sees it.
 *
 * @param bodyHtml the body, already made safe to show
 * @param languages the languages the article is published in, this one included
 */
public record ArticlePage(long articleId, long groupId, String language, Level level, KnowledgeCategory category, ArticleKind kind,
        ArticleVisibility visibility, boolean published, String title, String summary, String bodyHtml, List<Step> steps, List<String> tags,
        String author, String owner, @Nullable LocalDate lastReviewedOn, @Nullable LocalDate reviewBefore, List<String> languages) {

    /** A step of a tutorial, its text already made safe to show. */
    public record Step(String title, String html) {}
}
