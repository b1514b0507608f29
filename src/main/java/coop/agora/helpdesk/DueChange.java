package coop.agora.helpdesk;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A move of the promised date, with its reason, so the member sees why. */
public record DueChange(LocalDate previousDue, LocalDate newDue, DueChangeReason reason, @Nullable Instant pausedFrom, Instant createdAt) {}
