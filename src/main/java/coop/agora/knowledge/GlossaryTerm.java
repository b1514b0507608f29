package coop.agora.knowledge;

/** A word of cooperative jargon and what it means, in one language. */
public record GlossaryTerm(long id, String language, String term, String definition) {}
