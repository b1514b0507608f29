package coop.agora.directory;

/** A choice offered in a list of checkboxes, radio buttons or facets: the value sent and the label shown. */
public record Option(String value, String label) {}
