/** Delivery of the outbox through SMTP, and the outbox page for admins. */
@NullMarked
package coop.agora.platform.mail;

import org.jspecify.annotations.NullMarked;
