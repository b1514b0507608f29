package coop.agora.directory;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The profile form as typed. Skills already chosen come back as ids; {@code newSkill} is a skill
 * being added by its name, and {@code proposeSkill} asks to add it to the vocabulary when unknown.
 */
public record ProfileForm(
        String displayName,
        String headline,
        String bio,
        String visibility,
        String consent,
        String town,
        String openToMissions,
        String openToCollaborate,
        String offersMentoring,
        String website,
        String links,
        List<String> sectors,
        List<String> languages,
        List<String> skills,
        String newSkill,
        String proposeSkill) {

    public ProfileForm(
            @Nullable String displayName,
            @Nullable String headline,
            @Nullable String bio,
            @Nullable String visibility,
            @Nullable String consent,
            @Nullable String town,
            @Nullable String openToMissions,
            @Nullable String openToCollaborate,
            @Nullable String offersMentoring,
            @Nullable String website,
            @Nullable String links,
            @Nullable List<String> sectors,
            @Nullable List<String> languages,
            @Nullable List<String> skills,
            @Nullable String newSkill,
            @Nullable String proposeSkill) {
        this.displayName = displayName == null ? "" : displayName;
        this.headline = headline == null ? "" : headline;
        this.bio = bio == null ? "" : bio;
        this.visibility = visibility == null ? Visibility.HIDDEN.name() : visibility;
        this.consent = consent == null ? "" : consent;
        this.town = town == null ? "" : town;
        this.openToMissions = openToMissions == null ? "" : openToMissions;
        this.openToCollaborate = openToCollaborate == null ? "" : openToCollaborate;
        this.offersMentoring = offersMentoring == null ? "" : offersMentoring;
        this.website = website == null ? "" : website;
        this.links = links == null ? "" : links;
        this.sectors = sectors == null ? List.of() : List.copyOf(sectors);
        this.languages = languages == null ? List.of() : List.copyOf(languages);
        this.skills = skills == null ? List.of() : List.copyOf(skills);
        this.newSkill = newSkill == null ? "" : newSkill;
        this.proposeSkill = proposeSkill == null ? "" : proposeSkill;
    }

    public boolean checked(String flag) {
        return "on".equals(flag);
    }

    public boolean hasSector(String sector) {
        return sectors.contains(sector);
    }

    public boolean speaks(String language) {
        return languages.contains(language);
    }
}
