package coop.agora.directory;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other modules may ask of the directory to match work with people: skills and towns by name,
 * a listed member's skills, town and languages, and the listed members who fit a piece of work,
 * ranked in one query. Hidden profiles are never returned nor counted.
 */
@Service
public class Matchmaking {

    private static final double EARTH_RADIUS_KM = 6371.0;

    private final SkillVocabulary vocabulary;
    private final Towns towns;
    private final JdbcClient db;

    Matchmaking(SkillVocabulary vocabulary, Towns towns, JdbcClient db) {
        this.vocabulary = vocabulary;
        this.towns = towns;
        this.db = db;
    }

    /** A town of the directory, with its names and its centre. */
    public record Town(long id, String country, String postalCode, String nameFr, String nameNl, double latitude, double longitude) {

        public String label(Locale language) {
            return postalCode + " " + ("nl".equals(language.getLanguage()) ? nameNl : nameFr);
        }
    }

    /** What a listed member offers: skills, town (none when they gave none) and the languages they work in. */
    public record Fit(long memberId, Set<Long> skillIds, @Nullable Town town, List<String> languages) {}

    /**
     * Where the work is: near a point within a radius, in a region given as a country and the first
     * two digits of its postal codes, or anywhere.
     */
    public record Area(@Nullable Double latitude, @Nullable Double longitude, int radiusKm, @Nullable String country, List<String> postalPrefixes) {

        public static Area near(double latitude, double longitude, int radiusKm) {
            return new Area(latitude, longitude, radiusKm, null, List.of());
        }

        public static Area within(String country, List<String> postalPrefixes) {
            return new Area(null, null, 0, country, List.copyOf(postalPrefixes));
        }

        public static Area anywhere() {
            return new Area(null, null, 0, null, List.of());
        }
    }

    /** The work to match: skills wanted, where, and the languages it is done in (none: any). */
    public record Wanted(Set<Long> skillIds, Area area, List<String> languages) {}

    /** A listed member who fits: how many of the wanted skills they have and how far their town is, when known. */
    public record Match(long memberId, int matchedSkills, @Nullable Integer distanceKm, boolean openToMissions) {}

    /** The languages a member may say they work in, as ISO 639-1 codes. */
    public static List<String> languageCodes() {
        return SpokenLanguages.CODES;
    }

    /** Names of skills starting like the typed text, for a form's suggestions. */
    public List<String> suggestSkills(String typed, long memberId, Locale language) {
        return vocabulary.suggest(typed, memberId, language).stream().map(SkillVocabulary.Choice::label).toList();
    }

    /** The approved skill (or one this member proposed) named so in some language, ignoring case and accents. */
    public Optional<Long> skillNamed(String typed, long memberId) {
        var exact = db.sql("""
                        select id from directory.skill where (approved or proposed_by = ?)
                          and (lower(label_fr) = lower(?) or lower(label_nl) = lower(?) or lower(label_en) = lower(?))
                        order by id limit 1""")
                .params(memberId, typed.strip(), typed.strip(), typed.strip())
                .query(Long.class)
                .optional();
        return exact.isPresent() ? exact : vocabulary.find(typed, memberId).map(Skill::id);
    }

    /** The names of these skills in a language; unknown ids are left out. */
    public Map<Long, String> skillLabels(Collection<Long> ids, Locale language) {
        var labels = new HashMap<Long, String>();
        if (ids.isEmpty()) {
            return labels;
        }
        var column = switch (language.getLanguage()) {
            case "nl" -> "label_nl";
            case "en" -> "label_en";
            default -> "label_fr";
        };
        db.sql("select id, " + column + " as label from directory.skill where id = any(?)")
                .param(ids.toArray(Long[]::new))
                .query(row -> {
                    labels.put(row.getLong("id"), row.getString("label"));
                });
        return labels;
    }

    /** The one town the text names, by postal code and/or name. */
    @Transactional(readOnly = true)
    public Optional<Town> townNamed(String typed, Locale language) {
        return towns.find(typed, language).flatMap(place -> town(place.id()));
    }

    public Optional<Town> town(long id) {
        return db.sql("select id, country, postal_code, name_fr, name_nl, latitude, longitude from directory.place where id = ?")
                .param(id)
                .query((row, number) -> new Town(row.getLong("id"), row.getString("country"), row.getString("postal_code"),
                        row.getString("name_fr"), row.getString("name_nl"), row.getDouble("latitude"), row.getDouble("longitude")))
                .optional();
    }

    /** What a member offers, only while their profile is listed. */
    public Optional<Fit> fitOf(long memberId) {
        return db.sql("""
                        select p.member_id, p.languages,
                               array(select s.skill_id from directory.profile_skill s where s.member_id = p.member_id) as skills,
                               pl.id as place_id, pl.country, pl.postal_code, pl.name_fr, pl.name_nl, pl.latitude, pl.longitude
                        from directory.profile p left join directory.place pl on pl.id = p.place_id
                        where p.member_id = ? and p.visibility <> 'HIDDEN'""")
                .param(memberId)
                .query((row, number) -> {
                    var placeId = row.getObject("place_id", Long.class);
                    var town = placeId == null ? null : new Town(placeId, row.getString("country"), row.getString("postal_code"),
                            row.getString("name_fr"), row.getString("name_nl"), row.getDouble("latitude"), row.getDouble("longitude"));
                    return new Fit(row.getLong("member_id"), Set.of((Long[]) row.getArray("skills").getArray()), town,
                            List.of((String[]) row.getArray("languages").getArray()));
                })
                .optional();
    }

    /** Whether a member's profile is listed and says they are open to missions. */
    public boolean openToMissions(long memberId) {
        return db.sql("select open_to_missions from directory.profile where member_id = ? and visibility <> 'HIDDEN'")
                .param(memberId)
                .query(Boolean.class)
                .optional()
                .orElse(false);
    }

    /**
     * The listed members who have at least one of the wanted skills, work in one of its languages (or
     * named none) and live in the area, best first: most skills in common, then nearest. Set-based:
     * it starts from the members having the skills, whatever the size of the directory.
     */
    public List<Match> rank(Wanted wanted, int limit) {
        if (wanted.skillIds().isEmpty()) {
            return List.of();
        }
        var area = wanted.area();
        var near = area.latitude() != null && area.longitude() != null;
        var sql = new StringBuilder("""
                with having_skills as (
                    select s.member_id, count(*) as matched from directory.profile_skill s where s.skill_id = any(:skills) group by s.member_id)
                select h.member_id, h.matched, p.open_to_missions, %s as distance_km
                from having_skills h
                join directory.profile p on p.member_id = h.member_id
                left join directory.place pl on pl.id = p.place_id
                where p.visibility <> 'HIDDEN'
                  and (cardinality(p.languages) = 0 or cardinality(cast(:languages as text[])) = 0 or p.languages && cast(:languages as text[]))
                """.formatted(near ? distance("pl.latitude", "pl.longitude", ":latitude", ":longitude") : "null::double precision"));
        if (near) {
            // The box lets PostgreSQL drop far towns before computing any distance.
            sql.append(" and pl.latitude between :south and :north and pl.longitude between :west and :east and ")
                    .append(distance("pl.latitude", "pl.longitude", ":latitude", ":longitude")).append(" <= :radius");
        } else if (area.country() != null) {
            sql.append(" and pl.country = :country and left(pl.postal_code, 2) = any(:prefixes)");
        }
        sql.append(" order by h.matched desc, distance_km nulls last, h.member_id limit :limit");
        var statement = db.sql(sql.toString())
                .param("skills", wanted.skillIds().toArray(Long[]::new))
                .param("languages", wanted.languages().toArray(String[]::new))
                .param("limit", limit);
        if (near) {
            double latitude = area.latitude();
            double longitude = area.longitude();
            var latitudeSpan = area.radiusKm() / 111.0;
            var longitudeSpan = area.radiusKm() / (111.0 * Math.max(0.1, Math.cos(Math.toRadians(latitude))));
            statement = statement.param("latitude", latitude).param("longitude", longitude).param("radius", area.radiusKm())
                    .param("south", latitude - latitudeSpan).param("north", latitude + latitudeSpan)
                    .param("west", longitude - longitudeSpan).param("east", longitude + longitudeSpan);
        } else if (area.country() != null) {
            statement = statement.param("country", area.country()).param("prefixes", area.postalPrefixes().toArray(String[]::new));
        }
        return statement.query((row, number) -> {
                    var distance = row.getObject("distance_km", Double.class);
                    return new Match(row.getLong("member_id"), row.getInt("matched"),
                            distance == null ? null : (int) Math.round(distance), row.getBoolean("open_to_missions"));
                })
                .list();
    }

    /** The great-circle distance in kilometres between two points, as SQL. */
    public static String distance(String latitude1, String longitude1, String latitude2, String longitude2) {
        return ("(%1$s * 2 * asin(least(1, sqrt(power(sin(radians(%4$s - %2$s) / 2), 2)"
                + " + cos(radians(%2$s)) * cos(radians(%4$s)) * power(sin(radians(%5$s - %3$s) / 2), 2)))))")
                .formatted(EARTH_RADIUS_KM, latitude1, longitude1, latitude2, longitude2);
    }
}
