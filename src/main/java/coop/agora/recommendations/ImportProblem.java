package coop.agora.recommendations;

/** What is wrong with an import file, and on which line (0 for the whole file). */
public record ImportProblem(String key, long line) {}
