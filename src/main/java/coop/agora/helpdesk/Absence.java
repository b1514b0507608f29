package coop.agora.helpdesk;

import java.time.LocalDate;

/** An advisor's absence as they see it in their list; {@code started} once their requests went back to the queue. */
public record Absence(long id, LocalDate startsOn, LocalDate endsOn, boolean started) {}
