package coop.agora.recommendations;

/** One choice of a filter: its value in the address, its label, how many recommendations match, and whether it is chosen. */
public record Facet(String value, String label, int count, boolean chosen) {}
