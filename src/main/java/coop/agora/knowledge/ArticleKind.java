package coop.agora.knowledge;

/** An article explains; a tutorial walks the reader through ordered steps. */
public enum ArticleKind {
    ARTICLE,
    TUTORIAL
}
