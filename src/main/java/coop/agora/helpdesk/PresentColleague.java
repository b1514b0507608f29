package coop.agora.helpdesk;

/** A colleague who has the same request open, and whether they are writing in it. */
public record PresentColleague(String name, boolean answering) {}
