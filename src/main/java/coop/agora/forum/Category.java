package coop.agora.forum;

import java.time.Instant;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** A forum category as pages show it: a network, a theme or an office's local category. */
public record Category(
        long id,
        @Nullable Long parentId,
        String slug,
        String kind,
        @Nullable Long officeId,
        String nameFr,
        String nameNl,
        String nameEn,
        String descriptionFr,
        String descriptionNl,
        String descriptionEn,
        Visibility visibility,
        int topicCount,
        int postCount,
        @Nullable Instant lastPostAt,
        @Nullable Long groupId,
        int position,
        @Nullable Instant archivedAt) {

    /** An archived category keeps its topics readable; nobody starts new ones there. */
    public boolean archived() {
        return archivedAt != null;
    }

    /** Who may read a category; writing always needs an account. A group's category is for its members. */
    public enum Visibility {
        PUBLIC,
        MEMBERS,
        GROUP
    }

    public String name(Locale language) {
        return switch (language.getLanguage()) {
            case "nl" -> nameNl;
            case "en" -> nameEn;
            default -> nameFr;
        };
    }

    public String description(Locale language) {
        return switch (language.getLanguage()) {
            case "nl" -> descriptionNl;
            case "en" -> descriptionEn;
            default -> descriptionFr;
        };
    }
}
