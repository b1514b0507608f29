package coop.agora.opportunities;

import org.jspecify.annotations.Nullable;

/**
 * A search of the board as read from the address: words, facets, and a cursor for the next page.
 * Unknown values are dropped rather than refused, so that an edited address still shows a page.
 */
public record BoardQuery(
        String words,
        @Nullable OpportunityKind kind,
        @Nullable Long skill,
        String town,
        int radiusKm,
        @Nullable String language,
        int withinDays,
        @Nullable String after) {

    static final int MAX_WORDS = 100;
    static final int DEFAULT_RADIUS = 25;
    static final java.util.List<Integer> RADII = java.util.List.of(10, 25, 50, 100);
    static final java.util.List<Integer> WITHIN = java.util.List.of(7, 30, 90);

    static BoardQuery read(String words, String kind, String skill, String town, String radius, String language, String within, String after) {
        Long skillId = null;
        try {
            skillId = skill.isBlank() ? null : Long.valueOf(skill.strip());
        } catch (NumberFormatException e) {
            skillId = null;
        }
        var radiusKm = parse(radius);
        var days = parse(within);
        var cut = words.strip();
        return new BoardQuery(
                cut.length() > MAX_WORDS ? cut.substring(0, MAX_WORDS) : cut,
                BoardRules.kind(kind).orElse(null),
                skillId,
                town.length() > 80 ? town.substring(0, 80).strip() : town.strip(),
                RADII.contains(radiusKm) ? radiusKm : DEFAULT_RADIUS,
                coop.agora.directory.Matchmaking.languageCodes().contains(language) ? language : null,
                WITHIN.contains(days) ? days : 0,
                cursor(after));
    }

    /** A cursor as the board writes it, the last deadline and id shown; anything else starts from the first page. */
    private static @Nullable String cursor(String after) {
        if (!after.matches("\\d{4}-\\d{2}-\\d{2}_\\d{1,18}")) {
            return null;
        }
        try {
            java.time.LocalDate.parse(after.substring(0, 10));
            return after;
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    private static int parse(String number) {
        try {
            return Integer.parseInt(number.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** The address of this search without its cursor, for links to other pages and facets. */
    public String query() {
        return "q=" + encode(words) + "&kind=" + (kind == null ? "" : kind.name()) + "&skill=" + (skill == null ? "" : skill)
                + "&town=" + encode(town) + "&radius=" + radiusKm + "&language=" + (language == null ? "" : language)
                + "&within=" + (withinDays == 0 ? "" : withinDays);
    }

    public String kindName() {
        return kind == null ? "" : kind.name();
    }

    public String languageCode() {
        return language == null ? "" : language;
    }

    public String skillId() {
        return skill == null ? "" : skill.toString();
    }

    public boolean hasFilters() {
        return !words.isEmpty() || kind != null || skill != null || !town.isEmpty() || language != null || withinDays > 0;
    }

    static String encode(String text) {
        return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
    }
}
