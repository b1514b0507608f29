package coop.agora.helpdesk;

import java.util.List;

/**
 * A page of the desk search, the best first, and how many requests match in all; past a thousand
 * the count is a lower bound ({@code exact} false).
 */
public record DeskSearchResults(List<DeskSearchHit> hits, long total, boolean exact, boolean more) {

    static final DeskSearchResults NONE = new DeskSearchResults(List.of(), 0, true, false);
}
