package coop.agora.knowledge;

/** A category of a level with how many articles a reader finds in it. */
public record CategoryCount(KnowledgeCategory category, long articles) {}
