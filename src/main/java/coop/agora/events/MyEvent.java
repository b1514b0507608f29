package coop.agora.events;

/** An event a member registered for, or waits for a seat at. */
public record MyEvent(EventRow event, boolean waiting) {}
