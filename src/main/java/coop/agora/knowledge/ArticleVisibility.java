package coop.agora.knowledge;

/** Who may read an article: anyone, or signed-in members only. */
public enum ArticleVisibility {
    PUBLIC,
    MEMBERS
}
