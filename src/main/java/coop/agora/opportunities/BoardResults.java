package coop.agora.opportunities;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A page of the board: the opportunities, how many match in all, the facets with their counts, and
 * the next page's cursor. {@code townUnknown} says that the town typed names no town, so it was ignored.
 */
public record BoardResults(
        List<OpportunityCard> cards,
        long total,
        List<Facet> kinds,
        List<Facet> languages,
        List<Facet> skills,
        Map<Long, String> skillNames,
        @Nullable String next,
        boolean townUnknown) {

    /** A value to narrow the search to, with the number of opportunities it keeps. */
    public record Facet(String value, String label, long count) {}
}
