/** The public tracker of the members' recommendations: cycles, statuses, milestones, a dated history, followers and comments. */
@NullMarked
package coop.agora.recommendations;

import org.jspecify.annotations.NullMarked;
