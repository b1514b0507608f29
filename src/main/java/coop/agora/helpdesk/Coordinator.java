package coop.agora.helpdesk;

import coop.agora.accounts.Pole;

/** An advisor who hears about a pole's requests at risk in one office. */
public record Coordinator(Pole pole, long officeId, String officeName, long advisorId, String advisorName) {}
