/** The help desk: members' requests routed to poles and offices, the answer-by date, shared queues and follow-up. */
@NullMarked
package coop.agora.helpdesk;

import org.jspecify.annotations.NullMarked;
