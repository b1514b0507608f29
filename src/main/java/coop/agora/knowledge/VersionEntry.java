package coop.agora.knowledge;

import java.time.Instant;

/** A saved version of an article with the name of who saved it. */
public record VersionEntry(int number, String editor, Instant savedAt, String title) {}
