package coop.agora.forum;

import java.util.List;

/** A page of search results and how many posts match in all. */
public record SearchResults(List<SearchHit> hits, long total) {}
