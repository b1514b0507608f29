package coop.agora.events;

/** An organizer planned an event for their member group. */
public record GroupEventPlanned(long eventId, long groupId, long organizerId, String title) {}
