package coop.agora.forum;

import java.util.Set;

/**
 * Who belongs to which member group, for reading group categories. The groups module provides the
 * bean, so that the forum asks without depending on it.
 */
public interface GroupMembership {

    boolean belongs(long memberId, long groupId);

    /** The groups a member belongs to. */
    Set<Long> groupsOf(long memberId);
}
