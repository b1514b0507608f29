/** The events agenda: events of the cooperative and of members, registrations with a waiting list, and calendar feeds. */
@NullMarked
package coop.agora.events;

import org.jspecify.annotations.NullMarked;
