package coop.agora.directory;

import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
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

    private final JdbcClient db;

    MemberMap(JdbcClient db) {
        this.db = db;
    }

    /**
     * A point on the map: one town (with its label, to link to the directory) or several merged.
     *
     * @param town the town's label, none for a cluster of towns
     */
    record Cluster(double latitude, double longitude, long count, int towns, @Nullable String town) {}

    /** A part of the map, in degrees. */
    record Area(double south, double west, double north, double east) {}

    List<TownCount> towns(boolean signedIn, Locale language) {
        var name = "nl".equals(language.getLanguage()) ? "name_nl" : "name_fr";
        return db.sql("""
                        select pl.id, pl.postal_code || ' ' || pl.%s as label, pl.latitude, pl.longitude, count(*) as members
                        from directory.profile p join directory.place pl on pl.id = p.place_id
                        where p.visibility = any(?)
                        group by pl.id
                        order by members desc, label""".formatted(name))
                .param(visibilities(signedIn))
                .query((row, number) -> new TownCount(
                        row.getLong("id"), row.getString("label"), row.getDouble("latitude"), row.getDouble("longitude"), row.getLong("members")))
                .list();
    }

    List<Cluster> clusters(boolean signedIn, int zoom, Area area, Locale language) {
        var name = "nl".equals(language.getLanguage()) ? "name_nl" : "name_fr";
        // Cells of about 60 screen pixels at this zoom: 360 degrees span 256 * 2^zoom pixels.
        var cell = zoom >= TOWN_ZOOM ? 0 : 360.0 / Math.pow(2, zoom) * 60 / 256;
        return db.sql("""
                        with towns as (
                            select pl.id, pl.postal_code || ' ' || pl.%s as label, pl.latitude, pl.longitude, count(*) as members
                            from directory.profile p join directory.place pl on pl.id = p.place_id
                            where p.visibility = any(?) and pl.latitude between ? and ? and pl.longitude between ? and ?
                            group by pl.id)
                        select sum(latitude * members) / sum(members) as latitude, sum(longitude * members) / sum(members) as longitude,
                               sum(members) as members, count(*) as towns, min(label) as label
                        from towns
                        group by case when ? = 0 then id else floor(latitude / nullif(?, 0)) end,
                                 case when ? = 0 then 0 else floor(longitude / nullif(?, 0)) end""".formatted(name))
                .params(visibilities(signedIn), area.south(), area.north(), area.west(), area.east(), cell, cell, cell, cell)
                .query((row, number) -> {
                    var towns = row.getInt("towns");
                    return new Cluster(row.getDouble("latitude"), row.getDouble("longitude"), row.getLong("members"), towns,
                            towns == 1 ? row.getString("label") : null);
                })
                .list();
    }

    private static String[] visibilities(boolean signedIn) {
        return signedIn ? new String[] {"MEMBERS", "PUBLIC"} : new String[] {"PUBLIC"};
    }
}
