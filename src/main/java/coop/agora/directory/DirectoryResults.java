package coop.agora.directory;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A page of the directory with the counts of each facet over all matching members.
 *
 * @param next where the next page starts ({@code after=…} or {@code page=…}), none on the last page
 * @param unknownTown the town searched around does not exist, so nothing was searched
 */
public record DirectoryResults(
        List<MemberCard> members,
        long total,
        List<Facet> skills,
        List<Facet> sectors,
        List<Facet> towns,
        List<Facet> languages,
        List<Facet> availability,
        @Nullable String next,
        boolean unknownTown) {

    static DirectoryResults empty(boolean unknownTown) {
        return new DirectoryResults(List.of(), 0, List.of(), List.of(), List.of(), List.of(), List.of(), null, unknownTown);
    }
}
