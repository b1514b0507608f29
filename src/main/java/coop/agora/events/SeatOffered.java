package coop.agora.events;

/** A seat freed up and went to the first person on the waiting list, who is now registered. */
public record SeatOffered(long eventId, long memberId) {}
