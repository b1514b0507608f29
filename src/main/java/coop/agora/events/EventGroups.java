package coop.agora.events;

import java.util.Locale;
import java.util.Optional;

/**
 * What the agenda needs to know about member groups: who may plan a group's events, and its name.
 * The groups module provides the bean, so that the agenda asks without depending on it.
 */
public interface EventGroups {

    boolean organizes(long memberId, long groupId);

    /** The group's name, for an approved group only. */
    Optional<String> name(long groupId, Locale language);
}
