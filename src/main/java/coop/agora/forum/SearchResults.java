package coop.agora.forum;

import java.util.List;

/**
 * A page of search results and how many posts match in all; past a thousand or so, the count is
 * a lower bound ({@code exact} false).
 */
public record SearchResults(List<SearchHit> hits, long total, boolean exact) {}
