package coop.agora.opportunities;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An opportunity as typed. Skills are typed by name, one per field; {@code place} is {@code town},
 * {@code region} or {@code remote}; the deadline is a date such as {@code 2026-12-31}.
 */
public record OpportunityForm(
        String kind,
        String title,
        String description,
        List<String> skills,
        String place,
        String town,
        String region,
        List<String> languages,
        String budget,
        String deadline,
        String audience,
        String asCooperative) {

    public static final int SKILL_FIELDS = 5;

    public OpportunityForm(
            @Nullable String kind,
            @Nullable String title,
            @Nullable String description,
            @Nullable List<String> skills,
            @Nullable String place,
            @Nullable String town,
            @Nullable String region,
            @Nullable List<String> languages,
            @Nullable String budget,
            @Nullable String deadline,
            @Nullable String audience,
            @Nullable String asCooperative) {
        this.kind = orEmpty(kind);
        this.title = orEmpty(title);
        this.description = orEmpty(description);
        this.skills = skills == null ? List.of() : skills.stream().map(OpportunityForm::orEmpty).toList();
        this.place = orEmpty(place);
        this.town = orEmpty(town);
        this.region = orEmpty(region);
        this.languages = languages == null ? List.of() : List.copyOf(languages);
        this.budget = orEmpty(budget);
        this.deadline = orEmpty(deadline);
        this.audience = orEmpty(audience);
        this.asCooperative = orEmpty(asCooperative);
    }

    /** The typed skill of the n-th field, empty when none. */
    public String skill(int index) {
        return index < skills.size() ? skills.get(index) : "";
    }

    public boolean speaks(String language) {
        return languages.contains(language);
    }

    public boolean byCooperative() {
        return "on".equals(asCooperative);
    }

    private static String orEmpty(@Nullable String value) {
        return value == null ? "" : value;
    }
}
