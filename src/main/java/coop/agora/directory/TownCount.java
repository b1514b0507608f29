package coop.agora.directory;

/** A town on the member map and how many listed members work there. */
public record TownCount(long id, String label, double latitude, double longitude, long count) {}
