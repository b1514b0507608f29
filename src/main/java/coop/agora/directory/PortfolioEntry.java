package coop.agora.directory;

import org.jspecify.annotations.Nullable;

/**
 * A work of a portfolio as a page shows it.
 *
 * @param link an http or https address, empty when the work has none
 * @param imagePath where its picture is served, none without a picture
 */
public record PortfolioEntry(long id, String title, String description, String link, @Nullable String imagePath) {}
