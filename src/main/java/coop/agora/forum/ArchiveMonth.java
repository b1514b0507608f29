package coop.agora.forum;

import java.time.YearMonth;

/** A month of a category's archives and how many topics were started in it. */
public record ArchiveMonth(YearMonth month, long topics) {}
