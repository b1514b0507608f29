package coop.agora.directory;

/** What an admin's import did, as the import page reports it. */
public record ImportOutcome(int added, int updated, int skipped) {}
