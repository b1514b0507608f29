package coop.agora.groups;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** A group as a member proposes it; {@code office} is an office id, {@code languages} codes such as {@code fr}. */
public record GroupForm(String name, String kind, String office, String town, String description, List<String> languages, String joining) {

    public GroupForm(@Nullable String name, @Nullable String kind, @Nullable String office, @Nullable String town,
            @Nullable String description, @Nullable List<String> languages, @Nullable String joining) {
        this.name = name == null ? "" : name.strip();
        this.kind = kind == null ? "" : kind;
        this.office = office == null ? "" : office.strip();
        this.town = town == null ? "" : town.strip();
        this.description = description == null ? "" : description.strip();
        this.languages = languages == null ? List.of() : List.copyOf(languages);
        this.joining = joining == null ? "" : joining;
    }

    public boolean speaks(String language) {
        return languages.contains(language);
    }
}
