package coop.agora.knowledge;

import java.util.List;

/** The editors' lists: drafts, reviews due, the most read and the least helpful articles. */
public record DeskOverview(List<DeskRow> drafts, List<DeskRow> reviewDue, List<DeskRow> mostViewed, List<DeskRow> leastHelpful) {}
