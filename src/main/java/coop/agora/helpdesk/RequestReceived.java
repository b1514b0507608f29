package coop.agora.helpdesk;

import coop.agora.accounts.Pole;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A request reached the help desk, by any channel; {@code memberId} is null for an unknown caller. */
public record RequestReceived(long requestId, @Nullable Long memberId, Pole pole, long officeId, LocalDate dueOn) {}
