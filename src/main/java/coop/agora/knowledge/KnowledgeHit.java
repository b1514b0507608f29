package coop.agora.knowledge;

/**
 * An article found by a search.
 *
 * @param snippetHtml a passage with the matching words marked, already made safe to show
 */
public record KnowledgeHit(long articleId, long groupId, String language, String title, String snippetHtml, Level level, ArticleKind kind,
        float score) {

    public String href() {
        return "/knowledge/articles/" + groupId + "/" + language;
    }
}
