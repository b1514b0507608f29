package coop.agora.opportunities;

import java.util.List;

/** An opportunity members reported, with the reasons given, for moderators. */
public record FlaggedOpportunity(long id, String title, boolean hidden, List<String> reasons) {}
