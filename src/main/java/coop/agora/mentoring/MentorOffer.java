package coop.agora.mentoring;

/** A member's own offer, as their home page shows it. */
public record MentorOffer(int capacity, int activeCount, boolean available) {}
