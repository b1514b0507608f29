package coop.agora.groups;

import org.jspecify.annotations.Nullable;

/**
 * A person in a group's list.
 *
 * @param profilePath their directory profile, when the reader may see it
 */
public record MemberLine(long id, String name, boolean organizer, String status, @Nullable String profilePath) {}
