package coop.agora.recommendations;

/** A point of a recommendation, such as 9.c, its text made safe HTML. */
public record SubPointView(String letter, Translated text, String html) {}
