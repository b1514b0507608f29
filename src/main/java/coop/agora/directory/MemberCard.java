package coop.agora.directory;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A listed member as a search result shows them, in the reader's language.
 *
 * @param distanceKm how far their town is from the town searched around, when searching by distance
 */
public record MemberCard(
        long id, String path, String name, String headline, @Nullable String town, List<String> skills, @Nullable Double distanceKm) {}
