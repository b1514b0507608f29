package coop.agora.knowledge;

import java.util.List;

/** A booklet as the admins' page lists it, with its editions, newest first. */
public record BookletRow(long id, long officeId, int year, int guides, List<BookletEdition> editions) {}
