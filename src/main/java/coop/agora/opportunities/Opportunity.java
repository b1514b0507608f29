package coop.agora.opportunities;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** An opportunity as pages show it; skills are directory ids. */
public record Opportunity(
        long id,
        OpportunityKind kind,
        String title,
        String description,
        @Nullable Long authorId,
        boolean byCooperative,
        String audience,
        String placeKind,
        @Nullable Long townId,
        @Nullable String townFr,
        @Nullable String townNl,
        @Nullable Region region,
        List<String> languages,
        String budget,
        LocalDate deadline,
        String status,
        boolean hidden,
        int reached,
        Instant createdAt,
        List<Long> skillIds) {

    public boolean open(LocalDate today) {
        return "OPEN".equals(status) && !hidden && !deadline.isBefore(today);
    }

    public boolean isPublic() {
        return "PUBLIC".equals(audience);
    }

    /** The town's name in the reader's language, or none for a region or remote work. */
    public @Nullable String town(Locale language) {
        return "nl".equals(language.getLanguage()) ? townNl : townFr;
    }
}
