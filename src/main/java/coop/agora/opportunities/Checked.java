package coop.agora.opportunities;

import coop.agora.directory.Matchmaking;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** An opportunity form that passed every rule, with skills and town resolved. */
record Checked(
        OpportunityKind kind,
        String title,
        String description,
        Set<Long> skillIds,
        String placeKind,
        Matchmaking.@Nullable Town town,
        @Nullable Region region,
        List<String> languages,
        String budget,
        LocalDate deadline,
        String audience,
        boolean byCooperative) {

    String searchText() {
        return Folding.fold(title + " " + description);
    }

    Matchmaking.Area area() {
        if (town != null) {
            return Matchmaking.Area.near(town.latitude(), town.longitude(), BoardRules.MATCH_RADIUS_KM);
        }
        if (region != null) {
            return Matchmaking.Area.within(region.country(), region.postalPrefixes());
        }
        return Matchmaking.Area.anywhere();
    }
}
