package coop.agora.mentoring;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** A request for a mentor as a member types it: their project and what they hope to find. */
public record RequestForm(String project, List<String> skills, List<String> sectors, List<String> languages, String town, String remote) {

    public RequestForm(@Nullable String project, @Nullable List<String> skills, @Nullable List<String> sectors, @Nullable List<String> languages,
            @Nullable String town, @Nullable String remote) {
        this.project = project == null ? "" : project.strip();
        this.skills = Forms.filled(skills);
        this.sectors = Forms.filled(sectors);
        this.languages = Forms.filled(languages);
        this.town = town == null ? "" : town.strip();
        this.remote = remote == null ? "" : remote;
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

    public String skill(int index) {
        return index < skills.size() ? skills.get(index) : "";
    }
}
