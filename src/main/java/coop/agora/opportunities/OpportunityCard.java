package coop.agora.opportunities;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * An opportunity in a list. On the "for you" page it carries why it fits the reader: how many of
 * their skills it wants and how far it is (none for a region or remote work).
 */
public record OpportunityCard(
        long id,
        OpportunityKind kind,
        String title,
        String placeKind,
        @Nullable String townFr,
        @Nullable String townNl,
        @Nullable Region region,
        LocalDate deadline,
        List<String> languages,
        String budget,
        List<Long> skillIds,
        int matchedSkills,
        @Nullable Integer distanceKm) {

    public @Nullable String town(Locale language) {
        return "nl".equals(language.getLanguage()) ? townNl : townFr;
    }

    /** The text key explaining the match, with {@code {0}} the skills in common and {@code {1}} the distance. */
    public String explanationKey() {
        return switch (placeKind) {
            case "TOWN" -> "opportunities.match.near";
            case "REGION" -> "opportunities.match.region";
            default -> "opportunities.match.remote";
        };
    }
}
