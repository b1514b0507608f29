package coop.agora.events;

import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What the agenda needs to know about member groups: who may plan a group's events, whose events
 * stay among a group's members, and a group's name.
 * The groups module provides the bean, so that the agenda asks without depending on it.
 */
public interface EventGroups {

    boolean organizes(long memberId, long groupId);

    /**
     * The groups whose events the person may not see: groups joined on request or by invitation
     * that the person is not an active member of; for nobody signed in (null), every such group.
     */
    Set<Long> closedTo(@Nullable Long memberId);

    /** The names of those of the groups that are approved, by id. */
    Map<Long, String> names(Collection<Long> groupIds, Locale language);

    /** The group's name, for an approved group only. */
    Optional<String> name(long groupId, Locale language);
}
