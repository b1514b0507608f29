package coop.agora.opportunities;

import coop.agora.directory.Matchmaking;
import coop.agora.platform.Texts;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Browsing the open opportunities, soonest deadline first, a page at a time by keyset, with counts
 * per kind, language and skill for the same search. Visitors see only public ones.
 */
@Service
class BoardSearch {

    static final int PAGE_SIZE = 20;
    private static final int SKILL_FACETS = 12;

    private final JdbcClient db;
    private final Matchmaking matchmaking;
    private final Texts texts;

    BoardSearch(JdbcClient db, Matchmaking matchmaking, Texts texts) {
        this.db = db;
        this.matchmaking = matchmaking;
        this.texts = texts;
    }

    BoardResults search(BoardQuery query, boolean member, LocalDate today, Locale locale) {
        var where = new StringBuilder("o.status = 'OPEN' and not o.hidden and o.deadline >= :today");
        var params = new HashMap<String, Object>();
        params.put("today", today);
        if (!member) {
            where.append(" and o.audience = 'PUBLIC'");
        }
        if (query.kind() != null) {
            where.append(" and o.kind = :kind");
            params.put("kind", query.kind().name());
        }
        if (!query.words().isEmpty()) {
            where.append(" and o.search @@ plainto_tsquery('simple', :words)");
            params.put("words", Folding.fold(query.words()));
        }
        if (query.skill() != null) {
            where.append(" and exists (select 1 from opportunities.opportunity_skill s where s.opportunity_id = o.id and s.skill_id = :skill)");
            params.put("skill", query.skill());
        }
        if (query.language() != null) {
            where.append(" and cast(:language as text) = any(o.languages)");
            params.put("language", query.language());
        }
        if (query.withinDays() > 0) {
            where.append(" and o.deadline <= :until");
            params.put("until", today.plusDays(query.withinDays()));
        }
        var townUnknown = false;
        if (!query.town().isEmpty()) {
            var town = matchmaking.townNamed(query.town(), locale);
            if (town.isPresent()) {
                near(town.get(), query.radiusKm(), where, params);
            } else {
                townUnknown = true;
            }
        }
        var facets = facets(where.toString(), params, locale);
        var page = new StringBuilder(where);
        if (query.after() != null) {
            var cursor = query.after().split("_");
            page.append(" and (o.deadline, o.id) > (:afterDeadline, :afterId)");
            params.put("afterDeadline", LocalDate.parse(cursor[0]));
            params.put("afterId", Long.parseLong(cursor[1]));
        }
        params.put("size", PAGE_SIZE + 1);
        var cards = new ArrayList<>(db.sql("""
                        select o.id, o.kind, o.title, o.place_kind, o.town_fr, o.town_nl, o.region, o.deadline, o.languages, o.budget,
                               array(select s.skill_id from opportunities.opportunity_skill s where s.opportunity_id = o.id order by s.skill_id) as skills
                        from opportunities.opportunity o where %s order by o.deadline, o.id limit :size""".formatted(page))
                .params(params)
                .query((row, number) -> card(row, 0, null))
                .list());
        String next = null;
        if (cards.size() > PAGE_SIZE) {
            cards.remove(cards.size() - 1);
            var last = cards.get(cards.size() - 1);
            next = last.deadline() + "_" + last.id();
        }
        var skillIds = new HashSet<>(BoardMatching.skillsOf(cards));
        facets.skills.forEach(facet -> skillIds.add(Long.valueOf(facet.value())));
        if (query.skill() != null) {
            skillIds.add(query.skill());
        }
        var names = matchmaking.skillLabels(skillIds, locale);
        var skillFacets = facets.skills.stream()
                .map(facet -> new BoardResults.Facet(facet.value(), names.getOrDefault(Long.valueOf(facet.value()), ""), facet.count()))
                .filter(facet -> !facet.label().isEmpty())
                .toList();
        return new BoardResults(List.copyOf(cards), facets.total, facets.kinds, facets.languages, skillFacets, names, next, townUnknown);
    }

    /** Opportunities in a town within the radius, and those naming the town's region. */
    private static void near(Matchmaking.Town town, int radiusKm, StringBuilder where, Map<String, Object> params) {
        var latitudeSpan = radiusKm / 111.0;
        var longitudeSpan = radiusKm / (111.0 * Math.max(0.1, Math.cos(Math.toRadians(town.latitude()))));
        where.append(" and ((o.place_kind = 'TOWN' and o.latitude between :south and :north and o.longitude between :west and :east and ")
                .append(Matchmaking.distance("o.latitude", "o.longitude", ":latitude", ":longitude"))
                .append(" <= :radius) or (o.place_kind = 'REGION' and o.region = :region))");
        params.put("latitude", town.latitude());
        params.put("longitude", town.longitude());
        params.put("radius", radiusKm);
        params.put("south", town.latitude() - latitudeSpan);
        params.put("north", town.latitude() + latitudeSpan);
        params.put("west", town.longitude() - longitudeSpan);
        params.put("east", town.longitude() + longitudeSpan);
        params.put("region", Region.of(town.country(), town.postalCode()).map(Region::name).orElse(""));
    }

    private record Facets(long total, List<BoardResults.Facet> kinds, List<BoardResults.Facet> languages, List<BoardResults.Facet> skills) {}

    /** The counts per kind, language and most wanted skills, in one query over the matching opportunities. */
    private Facets facets(String where, Map<String, Object> params, Locale locale) {
        var kinds = new ArrayList<BoardResults.Facet>();
        var languages = new ArrayList<BoardResults.Facet>();
        var skills = new ArrayList<BoardResults.Facet>();
        db.sql("""
                        with filtered as materialized (select o.id, o.kind, o.languages from opportunities.opportunity o where %s)
                        select 'kind' as facet, kind as value, count(*) as count from filtered group by kind
                        union all
                        select 'language', language, count(*) from filtered cross join lateral unnest(languages) as language group by language
                        union all
                        (select 'skill', cast(s.skill_id as text), count(*) from filtered f
                         join opportunities.opportunity_skill s on s.opportunity_id = f.id
                         group by s.skill_id order by count(*) desc, s.skill_id limit %d)""".formatted(where, SKILL_FACETS))
                .params(params)
                .query(row -> {
                    var value = row.getString("value");
                    var count = row.getLong("count");
                    switch (row.getString("facet")) {
                        case "kind" -> kinds.add(new BoardResults.Facet(value, texts.get("opportunities.kind." + value, locale), count));
                        case "language" -> languages.add(new BoardResults.Facet(value, languageName(value, locale), count));
                        default -> skills.add(new BoardResults.Facet(value, "", count));
                    }
                });
        kinds.sort(java.util.Comparator.comparing(facet -> OpportunityKind.valueOf(facet.value()).ordinal()));
        languages.sort(java.util.Comparator.comparing(BoardResults.Facet::count).reversed().thenComparing(BoardResults.Facet::value));
        var total = kinds.stream().mapToLong(BoardResults.Facet::count).sum();
        return new Facets(total, kinds, languages, skills);
    }

    static String languageName(String code, Locale reader) {
        var name = Locale.forLanguageTag(code).getDisplayLanguage(reader);
        return name.isEmpty() ? code : name.substring(0, 1).toUpperCase(reader) + name.substring(1);
    }

    static OpportunityCard card(ResultSet row, int matched, @Nullable Double distance) throws SQLException {
        var region = row.getString("region");
        return new OpportunityCard(
                row.getLong("id"),
                OpportunityKind.valueOf(row.getString("kind")),
                row.getString("title"),
                row.getString("place_kind"),
                row.getString("town_fr"),
                row.getString("town_nl"),
                region == null ? null : Region.valueOf(region),
                row.getObject("deadline", LocalDate.class),
                List.of((String[]) row.getArray("languages").getArray()),
                row.getString("budget"),
                List.of((Long[]) row.getArray("skills").getArray()),
                matched,
                distance == null ? null : (int) Math.round(distance));
    }
}
