package coop.agora.knowledge;

import java.time.Instant;

/** A published PDF of a booklet in one language. */
public record BookletEdition(long id, String language, int pages, Instant publishedAt) {}
