package coop.agora.directory;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.engine.spatial.DistanceUnit;
import org.hibernate.search.engine.spatial.GeoPoint;
import org.hibernate.search.mapper.orm.Search;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds listed members. Hidden profiles are not in the index at all; a visitor who is not signed in
 * finds public profiles only. Every word typed must match the name, a skill in any of its languages
 * and synonyms, the headline, the bio or a work of the portfolio; names and skills forgive typos
 * when the words as typed find nobody.
 *
 * <p>Newest-first and nearest-first results page by keyset (the last result's date or distance,
 * then its id), so that a page stays correct while members join. Relevance scores cannot be resumed
 * from in the search API, so relevance pages by number, up to {@link DirectoryQuery#MAX_PAGE}.
 */
@Service
class DirectorySearch {

    static final int PAGE_SIZE = 20;
    private static final int MAX_WORDS = 8;
    private static final int MAX_WORD = 40;
    private static final int TOP_FACETS = 15;
    private static final double SAME_DISTANCE_METRES = 0.5;
    private static final Pattern WORD_CHARACTER = Pattern.compile("[\\p{L}\\p{N}]");

    private static final AggregationKey<Map<Long, Long>> SKILLS = AggregationKey.of("skills");
    private static final AggregationKey<Map<String, Long>> SECTORS = AggregationKey.of("sectors");
    private static final AggregationKey<Map<Long, Long>> TOWNS = AggregationKey.of("towns");
    private static final AggregationKey<Map<String, Long>> LANGUAGES = AggregationKey.of("languages");
    private static final Map<Availability, AggregationKey<Map<Boolean, Long>>> AVAILABILITY = Map.of(
            Availability.OPEN_TO_MISSIONS, AggregationKey.of("openToMissions"),
            Availability.OPEN_TO_COLLABORATE, AggregationKey.of("openToCollaborate"),
            Availability.OFFERS_MENTORING, AggregationKey.of("offersMentoring"));

    private final EntityManager entityManager;
    private final Towns towns;
    private final JdbcClient db;

    DirectorySearch(EntityManager entityManager, Towns towns, JdbcClient db) {
        this.entityManager = entityManager;
        this.towns = towns;
        this.db = db;
    }

    @Transactional(readOnly = true)
    DirectoryResults find(DirectoryQuery query, boolean signedIn, Locale language) {
        Place near = null;
        if (!query.near().isBlank()) {
            near = towns.find(query.near(), language).orElse(null);
            if (near == null) {
                return DirectoryResults.empty(true);
            }
        }
        var center = near == null ? null : GeoPoint.of(near.latitude(), near.longitude());
        var words = words(query.q());
        // Without words every score is equal, so best match first is newest first; without a town there is no distance.
        var order = switch (query.order()) {
            case RELEVANCE -> words.isEmpty() ? DirectoryQuery.Order.NEWEST : DirectoryQuery.Order.RELEVANCE;
            case DISTANCE -> center != null ? DirectoryQuery.Order.DISTANCE : words.isEmpty() ? DirectoryQuery.Order.NEWEST : DirectoryQuery.Order.RELEVANCE;
            case NEWEST -> DirectoryQuery.Order.NEWEST;
        };
        var result = search(query, signedIn, near, center, words, order, false);
        if (result.total().hitCount() == 0 && words.stream().anyMatch(word -> typosAllowed(word) > 0)) {
            result = search(query, signedIn, near, center, words, order, true);
        }
        return results(query, result, order, center, language);
    }

    /**
     * One search. Typo-tolerant matching is asked for only when the words as typed find nobody:
     * building the automata that forgive typos costs more than all the rest of a search.
     */
    private SearchResult<List<?>> search(DirectoryQuery query, boolean signedIn, @Nullable Place place, @Nullable GeoPoint center,
            List<String> words, DirectoryQuery.Order order, boolean forgiveTypos) {
        var search = Search.session(entityManager)
                .search(Profile.class)
                // The listing date is read from stored fields, a cost paid only when newest-first paging needs it.
                .select(f -> f.composite()
                        .from(
                                f.id(Long.class),
                                order == DirectoryQuery.Order.NEWEST ? f.field("listedAt", Instant.class) : f.constant(Instant.EPOCH),
                                center == null ? f.constant(0.0) : f.distance("place.location", center).unit(DistanceUnit.METERS))
                        .asList())
                .where((f, root) -> {
                    root.add(signedIn
                            ? f.terms().field("visibility").matchingAny(List.of(Visibility.MEMBERS, Visibility.PUBLIC)).toPredicate()
                            : f.match().field("visibility").matching(Visibility.PUBLIC).toPredicate());
                    for (var word : words) {
                        root.add(matchingWord(f, word, forgiveTypos));
                    }
                    for (var skill : query.skills()) {
                        root.add(f.match().field("skills.id").matching(skill));
                    }
                    for (var sector : query.sectors()) {
                        root.add(f.match().field("sectors").matching(sector.name()));
                    }
                    for (var spoken : query.languages()) {
                        root.add(f.match().field("languages").matching(spoken));
                    }
                    for (var flag : query.availability()) {
                        root.add(f.match().field(flag.field()).matching(true));
                    }
                    if (place != null) {
                        root.add(query.km() == 0
                                ? f.match().field("place.id").matching(place.id()).toPredicate()
                                : f.spatial().within().field("place.location").circle(center, query.km(), DistanceUnit.KILOMETERS).toPredicate());
                    }
                    if (!query.after().isBlank()) {
                        var cursor = query.after().split("\\.");
                        var position = Long.parseLong(cursor[0]);
                        var lastId = Long.parseLong(cursor[1]);
                        if (order == DirectoryQuery.Order.NEWEST) {
                            root.add(afterNewest(f, position, lastId));
                        } else if (order == DirectoryQuery.Order.DISTANCE) {
                            root.add(afterNearest(f, center, position / 1000.0, lastId));
                        }
                    }
                })
                .aggregation(SKILLS, f -> f.terms().field("skills.id", Long.class).maxTermCount(TOP_FACETS))
                .aggregation(SECTORS, f -> f.terms().field("sectors", String.class).maxTermCount(Sector.values().length))
                .aggregation(TOWNS, f -> f.terms().field("place.id", Long.class).maxTermCount(TOP_FACETS))
                .aggregation(LANGUAGES, f -> f.terms().field("languages", String.class).maxTermCount(SpokenLanguages.CODES.size()));
        for (var flag : Availability.values()) {
            search = search.aggregation(AVAILABILITY.get(flag), f -> f.terms().field(flag.field(), Boolean.class));
        }
        var sorted = search.sort(f -> switch (order) {
            case RELEVANCE -> f.score().then().field("listedAt").desc().then().field("memberId").desc();
            case NEWEST -> f.field("listedAt").desc().then().field("memberId").desc();
            case DISTANCE -> f.distance("place.location", center).then().field("memberId").asc();
        });
        var offset = order == DirectoryQuery.Order.RELEVANCE ? query.page() * PAGE_SIZE : 0;
        return sorted.fetch(offset, PAGE_SIZE + 1);
    }

    private DirectoryResults results(
            DirectoryQuery query, SearchResult<List<?>> result, DirectoryQuery.Order order, @Nullable GeoPoint center, Locale language) {
        var hits = result.hits();
        var more = hits.size() > PAGE_SIZE;
        var shown = more ? hits.subList(0, PAGE_SIZE) : hits;
        String next = null;
        if (more) {
            var last = shown.get(shown.size() - 1);
            long lastId = (Long) last.get(0);
            next = switch (order) {
                case RELEVANCE -> query.page() < DirectoryQuery.MAX_PAGE ? "page=" + (query.page() + 1) : null;
                case NEWEST -> "after=" + ((Instant) last.get(1)).toEpochMilli() + "." + lastId;
                case DISTANCE -> "after=" + Math.round((Double) last.get(2) * 1000) + "." + lastId;
            };
        }
        var distances = new HashMap<Long, Double>();
        if (center != null) {
            shown.forEach(hit -> distances.put((Long) hit.get(0), (Double) hit.get(2) / 1000.0));
        }
        var ids = shown.stream().map(hit -> (Long) hit.get(0)).toList();
        return new DirectoryResults(
                cards(ids, distances, language),
                result.total().hitCount(),
                skillFacets(result.aggregation(SKILLS), language),
                sortedByCount(result.aggregation(SECTORS).entrySet().stream()
                        .map(entry -> new Facet(entry.getKey(), "directory.sector." + entry.getKey(), entry.getValue())).toList()),
                townFacets(result.aggregation(TOWNS), language),
                sortedByCount(result.aggregation(LANGUAGES).entrySet().stream()
                        .map(entry -> new Facet(entry.getKey(), SpokenLanguages.name(entry.getKey(), language), entry.getValue())).toList()),
                java.util.Arrays.stream(Availability.values())
                        .map(flag -> new Facet(flag.name(), flag.labelKey(), result.aggregation(AVAILABILITY.get(flag)).getOrDefault(true, 0L)))
                        .filter(facet -> facet.count() > 0)
                        .toList(),
                next,
                false);
    }

    /** The words of a query that can match anything: hostile punctuation and operators are dropped, not interpreted. */
    static List<String> words(String q) {
        var words = new ArrayList<String>();
        for (var word : q.split("[\\s\"'()\\[\\]{}:+\\-!^~*?\\\\/|&]+")) {
            if (WORD_CHARACTER.matcher(word).find()) {
                words.add(word.length() > MAX_WORD ? word.substring(0, MAX_WORD) : word);
            }
            if (words.size() == MAX_WORDS) {
                break;
            }
        }
        return words;
    }

    private static int typosAllowed(String word) {
        return word.length() >= 8 ? 2 : word.length() >= 4 ? 1 : 0;
    }

    private static SearchPredicate matchingWord(SearchPredicateFactory f, String word, boolean forgiveTypos) {
        var typos = typosAllowed(word);
        var names = f.or()
                .add(f.match().field("displayName").matching(word).boost(5))
                .add(f.match().field("displayNamePrefix").matching(word).boost(2))
                .add(f.match().fields("skills.label_fr", "skills.label_nl", "skills.label_en").matching(word).boost(4))
                .add(f.match().field("skills.names").matching(word).boost(3));
        if (forgiveTypos && typos > 0) {
            names.add(f.match().field("displayName").matching(word).fuzzy(typos, 1))
                    .add(f.match().field("skills.names").matching(word).fuzzy(typos, 1));
        }
        return names
                .add(f.match().fields("headline_fr", "headline_nl", "headline_en").matching(word).boost(2))
                .add(f.match().fields("bio_fr", "bio_nl", "bio_en").matching(word))
                .add(f.match().fields("portfolio.title_fr", "portfolio.title_nl", "portfolio.title_en").matching(word).boost(2))
                .add(f.match().fields("portfolio.description_fr", "portfolio.description_nl", "portfolio.description_en").matching(word))
                .toPredicate();
    }

    private static SearchPredicate afterNewest(SearchPredicateFactory f, long millis, long lastId) {
        var at = Instant.ofEpochMilli(millis);
        return f.or()
                .add(f.range().field("listedAt").lessThan(at))
                .add(f.and(f.match().field("listedAt").matching(at), f.range().field("memberId").lessThan(lastId)))
                .toPredicate();
    }

    /** After a result at {@code km}: farther away, or as far (the same town) with a greater id. */
    private static SearchPredicate afterNearest(SearchPredicateFactory f, @Nullable GeoPoint center, double km, long lastId) {
        var tolerance = SAME_DISTANCE_METRES / 1000.0;
        var outer = f.spatial().within().field("place.location").circle(center, km + tolerance, DistanceUnit.KILOMETERS);
        var sameDistance = km > tolerance
                ? f.and(outer, f.not(f.spatial().within().field("place.location").circle(center, km - tolerance, DistanceUnit.KILOMETERS)))
                : outer;
        return f.or()
                .add(f.not(outer))
                .add(f.and(sameDistance, f.range().field("memberId").greaterThan(lastId)))
                .toPredicate();
    }

    private List<MemberCard> cards(List<Long> ids, Map<Long, Double> distances, Locale language) {
        if (ids.isEmpty()) {
            return List.of();
        }
        var label = switch (language.getLanguage()) {
            case "nl" -> "s.label_nl";
            case "en" -> "s.label_en";
            default -> "s.label_fr";
        };
        var town = "nl".equals(language.getLanguage()) ? "pl.name_nl" : "pl.name_fr";
        var byId = new HashMap<Long, MemberCard>();
        db.sql("""
                        select p.member_id, p.display_name, p.headline, pl.postal_code || ' ' || %s as town,
                               array(select %s from directory.profile_skill ps join directory.skill s on s.id = ps.skill_id
                                     where ps.member_id = p.member_id order by 1 limit 6) as skills
                        from directory.profile p left join directory.place pl on pl.id = p.place_id
                        where p.member_id = any(?) and p.visibility <> 'HIDDEN'""".formatted(town, label))
                .param(ids.toArray(Long[]::new))
                .query((row, number) -> {
                    var id = row.getLong("member_id");
                    var name = row.getString("display_name");
                    var skills = List.of((String[]) row.getArray("skills").getArray());
                    return new MemberCard(id, ProfileView.pathOf(id, name), name, row.getString("headline"), row.getString("town"),
                            skills, distances.get(id));
                })
                .list()
                .forEach(card -> byId.put(card.id(), card));
        return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
    }

    private List<Facet> skillFacets(Map<Long, Long> counts, Locale language) {
        if (counts.isEmpty()) {
            return List.of();
        }
        var column = switch (language.getLanguage()) {
            case "nl" -> "label_nl";
            case "en" -> "label_en";
            default -> "label_fr";
        };
        var labels = new HashMap<Long, String>();
        db.sql("select id, " + column + " as label from directory.skill where id = any(?)")
                .param(counts.keySet().toArray(Long[]::new))
                .query(row -> {
                    labels.put(row.getLong("id"), row.getString("label"));
                });
        return sortedByCount(counts.entrySet().stream()
                .filter(entry -> labels.containsKey(entry.getKey()))
                .map(entry -> new Facet(String.valueOf(entry.getKey()), labels.get(entry.getKey()), entry.getValue()))
                .toList());
    }

    private List<Facet> townFacets(Map<Long, Long> counts, Locale language) {
        if (counts.isEmpty()) {
            return List.of();
        }
        var name = "nl".equals(language.getLanguage()) ? "name_nl" : "name_fr";
        var labels = new HashMap<Long, String>();
        db.sql("select id, postal_code || ' ' || " + name + " as label from directory.place where id = any(?)")
                .param(counts.keySet().toArray(Long[]::new))
                .query(row -> {
                    labels.put(row.getLong("id"), row.getString("label"));
                });
        return sortedByCount(counts.entrySet().stream()
                .filter(entry -> labels.containsKey(entry.getKey()))
                .map(entry -> new Facet(labels.get(entry.getKey()), labels.get(entry.getKey()), entry.getValue()))
                .toList());
    }

    private static List<Facet> sortedByCount(List<Facet> facets) {
        return facets.stream()
                .sorted(Comparator.comparingLong(Facet::count).reversed().thenComparing(facet -> Folding.fold(facet.label())))
                .toList();
    }
}
