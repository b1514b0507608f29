package coop.agora.mentoring;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A mentor suggested for a request, with why: the score adds 10 points per shared skill, 4 per
 * shared sector, 6 for a shared language, up to 8 for being near (less with every 10 km; 3 for
 * remote when the mentee accepts it) and up to 3 for places left.
 *
 * @param sharedSkills names of the skills both have, in the reader's language
 * @param languages names of the languages both speak
 * @param distanceKm between the two towns, when both gave one
 */
public record Suggestion(
        long mentorId,
        String name,
        String about,
        List<String> sharedSkills,
        List<String> sharedSectors,
        List<String> languages,
        @Nullable Integer distanceKm,
        boolean remote,
        int placesLeft,
        int score) {}
