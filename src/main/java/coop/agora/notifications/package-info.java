/** Notifications: what concerns a member, in the page header, by mail at once or in a digest, live, as each member chose. */
@NullMarked
package coop.agora.notifications;

import org.jspecify.annotations.NullMarked;
