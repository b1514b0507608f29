package coop.agora.directory;

/**
 * One value of a facet with the number of results that have it.
 *
 * @param label the text to show, or the text key of it for sectors and availability
 */
public record Facet(String value, String label, long count) {}
