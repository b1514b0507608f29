package coop.agora.events;

/** The member group an event form is for, as the form shows it. */
public record GroupChoice(long id, String name) {}
