package coop.agora.mentoring;

import java.time.LocalDate;

/** A note of one session, private to the pair. */
public record LogEntry(long id, LocalDate heldOn, String author, String note) {}
