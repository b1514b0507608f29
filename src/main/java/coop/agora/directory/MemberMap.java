package coop.agora.directory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * Where listed members work, counted per town, never per person; hidden profiles are left out, and
 * visitors who are not signed in count public profiles only. Zoomed out, nearby towns merge into one
 * cluster per grid cell so that the map stays readable and light.
 */
@Service
class MemberMap {

    /** From this zoom level on, every town is its own point. */
    static final int TOWN_ZOOM = 10;

    private final TownCounts counts;

    MemberMap(TownCounts counts) {
        this.counts = counts;
    }

    /**
     * A point on the map: one town (with its label, to link to the directory) or several merged.
     *
     * @param town the town's label, none for a cluster of towns
     */
    record Cluster(double latitude, double longitude, long count, int towns, @Nullable String town) {}

    /** A part of the map, in degrees. */
    record Area(double south, double west, double north, double east) {

        boolean contains(TownCounts.Town town) {
            return town.latitude() >= south && town.latitude() <= north && town.longitude() >= west && town.longitude() <= east;
        }
    }

    List<TownCount> towns(boolean signedIn, Locale language) {
        var dutch = "nl".equals(language.getLanguage());
        return counts.towns(signedIn).stream()
                .map(town -> new TownCount(town.id(), town.label(dutch), town.latitude(), town.longitude(), town.members()))
                .sorted(Comparator.comparingLong(TownCount::count).reversed().thenComparing(TownCount::label))
                .toList();
    }

    List<Cluster> clusters(boolean signedIn, int zoom, Area area, Locale language) {
        var dutch = "nl".equals(language.getLanguage());
        // Cells of about 60 screen pixels at this zoom: 360 degrees span 256 * 2^zoom pixels.
        var cell = zoom >= TOWN_ZOOM ? 0 : 360.0 / Math.pow(2, zoom) * 60 / 256;
        var cells = new LinkedHashMap<List<Long>, List<TownCounts.Town>>();
        for (var town : counts.towns(signedIn)) {
            if (area.contains(town)) {
                var key = cell == 0
                        ? List.of(town.id())
                        : List.of((long) Math.floor(town.latitude() / cell), (long) Math.floor(town.longitude() / cell));
                cells.computeIfAbsent(key, k -> new ArrayList<>()).add(town);
            }
        }
        return cells.values().stream().map(towns -> merged(towns, dutch)).toList();
    }

    private static Cluster merged(List<TownCounts.Town> towns, boolean dutch) {
        long members = 0;
        double latitude = 0, longitude = 0;
        for (var town : towns) {
            members += town.members();
            latitude += town.latitude() * town.members();
            longitude += town.longitude() * town.members();
        }
        var label = towns.size() == 1 ? towns.get(0).label(dutch) : null;
        return new Cluster(latitude / members, longitude / members, members, towns.size(), label);
    }
}
