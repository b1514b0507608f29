package coop.agora.events;

import java.util.List;

/** The organizer cancelled an event; the people who had registered or were waiting are told. */
public record EventCancelled(long eventId, List<Long> memberIds) {}
