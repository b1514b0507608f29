package coop.agora.knowledge;

/** An article in a list: the translation shown, in the reader's language when there is one. */
public record ArticleLink(long groupId, String language, String title, String summary, ArticleKind kind) {

    public String href() {
        return "/knowledge/articles/" + groupId + "/" + language;
    }
}
