package coop.agora.directory;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import org.springframework.util.MultiValueMap;

/**
 * A search of the directory as it appears in a shareable address: the words typed, the facets
 * chosen, the town and radius, the order, and where the page starts. Values that make no sense are
 * dropped rather than refused, so that an edited or old link still shows a page.
 *
 * @param near the town typed, by name or postal code; blank for anywhere
 * @param km radius around the town; 0 for the town itself
 * @param after where the next page starts, for the newest and distance orders
 * @param page page number, for the relevance order
 */
public record DirectoryQuery(
        String q,
        Set<Long> skills,
        Set<Sector> sectors,
        String near,
        int km,
        Set<String> languages,
        Set<Availability> availability,
        Order order,
        String after,
        int page) {

    static final int MAX_QUERY = 200;
    static final int MAX_KM = 200;
    static final int MAX_PAGE = 50;
    static final int MAX_FILTERS = 20;
    public static final List<Integer> RADII = List.of(0, 5, 10, 25, 50, 100);

    /** How results are ordered. */
    public enum Order {
        RELEVANCE,
        DISTANCE,
        NEWEST
    }

    static DirectoryQuery from(MultiValueMap<String, String> parameters) {
        var q = first(parameters, "q");
        q = q.length() > MAX_QUERY ? q.substring(0, MAX_QUERY) : q;
        var skills = new LinkedHashSet<Long>();
        for (var value : all(parameters, "skill")) {
            try {
                skills.add(Long.parseLong(value.strip()));
            } catch (NumberFormatException e) {
                skills.add(-1L);
            }
        }
        var sectors = EnumSet.noneOf(Sector.class);
        for (var value : all(parameters, "sector")) {
            parse(Sector.class, value).ifPresent(sectors::add);
        }
        var languages = new LinkedHashSet<String>();
        for (var value : all(parameters, "lang")) {
            if (SpokenLanguages.known(value)) {
                languages.add(value);
            }
        }
        var availability = EnumSet.noneOf(Availability.class);
        for (var value : all(parameters, "available")) {
            parse(Availability.class, value).ifPresent(availability::add);
        }
        var near = first(parameters, "near");
        near = near.length() > 80 ? near.substring(0, 80) : near;
        var km = Math.max(0, Math.min(MAX_KM, number(first(parameters, "km"), 0)));
        var order = parse(Order.class, first(parameters, "sort")).orElse(Order.RELEVANCE);
        var after = first(parameters, "after");
        after = after.matches("\\d{1,19}\\.\\d{1,19}") ? after : "";
        var page = Math.max(0, Math.min(MAX_PAGE, number(first(parameters, "page"), 0)));
        return new DirectoryQuery(q.strip(), skills, sectors, near.strip(), km, languages, availability, order, after, page);
    }

    /** The address of this search, without its page, to share or to build facet links on. */
    public String queryString() {
        var parts = new StringJoiner("&");
        if (!q.isBlank()) {
            parts.add("q=" + encode(q));
        }
        skills.forEach(skill -> parts.add("skill=" + skill));
        sectors.forEach(sector -> parts.add("sector=" + sector.name()));
        languages.forEach(language -> parts.add("lang=" + language));
        availability.forEach(flag -> parts.add("available=" + flag.name()));
        if (!near.isBlank()) {
            parts.add("near=" + encode(near));
            parts.add("km=" + km);
        }
        parts.add("sort=" + order.name());
        return parts.toString();
    }

    /** The address of this search around another town, from its first page. */
    public String withNear(String town) {
        return new DirectoryQuery(q, skills, sectors, town, km, languages, availability, order, "", 0).queryString();
    }

    public boolean hasSkill(String id) {
        return skills.stream().anyMatch(skill -> String.valueOf(skill).equals(id));
    }

    public boolean hasSector(String sector) {
        return sectors.stream().anyMatch(chosen -> chosen.name().equals(sector));
    }

    public boolean speaks(String language) {
        return languages.contains(language);
    }

    public boolean available(String flag) {
        return availability.stream().anyMatch(chosen -> chosen.name().equals(flag));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String first(MultiValueMap<String, String> parameters, String name) {
        var value = parameters.getFirst(name);
        return value == null ? "" : value;
    }

    private static List<String> all(MultiValueMap<String, String> parameters, String name) {
        var values = parameters.get(name);
        return values == null ? List.of() : new ArrayList<>(values).subList(0, Math.min(values.size(), MAX_FILTERS));
    }

    private static int number(String value, int fallback) {
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    private static <E extends Enum<E>> Optional<E> parse(Class<E> type, String value) {
        try {
            return Optional.of(Enum.valueOf(type, value.strip()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
