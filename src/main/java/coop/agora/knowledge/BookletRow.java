package coop.agora.knowledge;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A booklet as the admins' page lists it, with its editions, newest first.
 *
 * @param latest the newest request for an edition, if any, with where its typesetting stands
 */
public record BookletRow(long id, long officeId, int year, int guides, List<BookletEdition> editions, @Nullable BookletPublication latest) {}
