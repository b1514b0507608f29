package coop.agora.recommendations;

/** A cycle of participation, with how many recommendations it has. */
public record CycleLine(long id, String name, String topic, boolean demo, int count) {}
