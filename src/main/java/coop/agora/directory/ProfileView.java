package coop.agora.directory;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A profile as a page shows it, in the reader's language, the bio already turned into safe HTML.
 *
 * @param path the profile's clean address, such as {@code /directory/members/12-elodie-moreau}
 * @param sectorKeys text keys of the sectors' names
 * @param photoPath where the photo is served, none without a photo
 * @param portfolio the member's works, in the order they chose
 */
public record ProfileView(
        long memberId,
        String path,
        String displayName,
        String headline,
        String bioHtml,
        Visibility visibility,
        @Nullable String town,
        List<String> skills,
        List<String> sectorKeys,
        List<String> languages,
        boolean openToMissions,
        boolean openToCollaborate,
        boolean offersMentoring,
        String website,
        List<String> links,
        @Nullable String photoPath,
        List<PortfolioEntry> portfolio) {

    static String pathOf(long memberId, String displayName) {
        var slug = Folding.slug(displayName);
        return "/directory/members/" + memberId + (slug.isEmpty() ? "" : "-" + slug);
    }
}
