package coop.agora.platform;

import java.util.Locale;

/** A signed-in person picked the language of their pages. */
public record LanguageChosen(long viewerId, Locale language) {}
