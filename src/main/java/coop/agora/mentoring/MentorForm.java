package coop.agora.mentoring;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** A mentoring offer as typed: skills by name, sectors and language codes, a town, remote or not, and how many mentees at once. */
public record MentorForm(List<String> skills, List<String> sectors, List<String> languages, String town, String remote, String capacity,
        String about) {

    public MentorForm(@Nullable List<String> skills, @Nullable List<String> sectors, @Nullable List<String> languages, @Nullable String town,
            @Nullable String remote, @Nullable String capacity, @Nullable String about) {
        this.skills = Forms.filled(skills);
        this.sectors = Forms.filled(sectors);
        this.languages = Forms.filled(languages);
        this.town = town == null ? "" : town.strip();
        this.remote = remote == null ? "" : remote;
        this.capacity = capacity == null ? "" : capacity.strip();
        this.about = about == null ? "" : about.strip();
    }

    public boolean hasSector(String sector) {
        return sectors.contains(sector);
    }

    public boolean speaks(String language) {
        return languages.contains(language);
    }

    public boolean remotely() {
        return !remote.isEmpty();
    }

    /** The skill typed in the n-th box, or nothing. */
    public String skill(int index) {
        return index < skills.size() ? skills.get(index) : "";
    }
}
