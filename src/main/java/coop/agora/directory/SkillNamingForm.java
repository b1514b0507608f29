package coop.agora.directory;

import org.jspecify.annotations.Nullable;

/** A moderator's names for a proposed skill: one per language, and synonyms one per line. */
public record SkillNamingForm(String labelFr, String labelNl, String labelEn, String synonyms) {

    public SkillNamingForm(@Nullable String labelFr, @Nullable String labelNl, @Nullable String labelEn, @Nullable String synonyms) {
        this.labelFr = labelFr == null ? "" : labelFr;
        this.labelNl = labelNl == null ? "" : labelNl;
        this.labelEn = labelEn == null ? "" : labelEn;
        this.synonyms = synonyms == null ? "" : synonyms;
    }
}
