package coop.agora.knowledge;

import java.util.Locale;
import java.util.Optional;

/** Who an article is written for: the three doors of the knowledge base. */
public enum Level {
    NEWCOMER,
    BASIC,
    EXPERT;

    /** The level's part of an address, such as {@code newcomer}. */
    public String slug() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Level> ofSlug(String slug) {
        for (var level : values()) {
            if (level.slug().equals(slug)) {
                return Optional.of(level);
            }
        }
        return Optional.empty();
    }
}
