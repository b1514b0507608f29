package coop.agora.events;

import java.time.Instant;
import java.util.List;

/** An event starts within a day: its registered people are reminded. */
public record EventReminderDue(long eventId, Instant startsAt, List<Long> memberIds) {}
