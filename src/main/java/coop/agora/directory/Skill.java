package coop.agora.directory;

import coop.agora.platform.SearchAnalyzers;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.mapper.pojo.automaticindexing.ReindexOnUpdate;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;
import org.jspecify.annotations.Nullable;

/**
 * A skill of the shared vocabulary, named in French, Dutch and English, with synonyms (job titles,
 * tools, other spellings) that find it too. A skill a member proposes waits for a moderator.
 */
@Entity
@Table(schema = "directory", name = "skill")
@Indexed(index = "directory-skills")
class Skill {

    static final int MAX_LABEL = 80;
    static final int MAX_SYNONYMS = 2_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @GenericField(name = "id", aggregable = Aggregable.YES, projectable = Projectable.YES)
    private @Nullable Long id;

    @FullTextField(name = "label_fr", analyzer = SearchAnalyzers.FRENCH)
    private String labelFr;

    @FullTextField(name = "label_nl", analyzer = SearchAnalyzers.DUTCH)
    private String labelNl;

    @FullTextField(name = "label_en", analyzer = SearchAnalyzers.ENGLISH)
    private String labelEn;

    private String synonyms;

    private @Nullable String escoUri;

    @GenericField
    private boolean approved;

    @GenericField
    private @Nullable Long proposedBy;

    private Instant createdAt;

    protected Skill() {
        this("", "", "", "", true, null);
    }

    Skill(String labelFr, String labelNl, String labelEn, String synonyms, boolean approved, @Nullable Long proposedBy) {
        this.labelFr = labelFr;
        this.labelNl = labelNl;
        this.labelEn = labelEn;
        this.synonyms = synonyms;
        this.approved = approved;
        this.proposedBy = proposedBy;
        this.createdAt = Instant.now();
    }

    /** A skill a member typed that is not in the vocabulary yet: one label for all three languages until translated. */
    static Skill proposedBy(long memberId, String label) {
        return new Skill(label, label, label, "", false, memberId);
    }

    long id() {
        if (id == null) {
            throw new IllegalStateException("The skill is not saved yet");
        }
        return id;
    }

    String label(Locale language) {
        return switch (language.getLanguage()) {
            case "nl" -> labelNl;
            case "en" -> labelEn;
            default -> labelFr;
        };
    }

    boolean approved() {
        return approved;
    }

    @Nullable Long proposedBy() {
        return proposedBy;
    }

    /** Takes the label and synonyms of one language from the ESCO classification, which then owns this skill. */
    void fromEsco(String uri, Locale language, String label, List<String> otherNames) {
        escoUri = uri;
        approved = true;
        switch (language.getLanguage()) {
            case "nl" -> labelNl = label;
            case "en" -> labelEn = label;
            default -> labelFr = label;
        }
        var names = new java.util.LinkedHashSet<String>();
        Arrays.stream(synonyms.split("\\|")).map(String::strip).filter(name -> !name.isEmpty()).forEach(names::add);
        otherNames.stream().map(String::strip).filter(name -> !name.isEmpty() && !name.contains("|")).forEach(names::add);
        var joined = String.join("|", names);
        synonyms = joined.length() > MAX_SYNONYMS ? joined.substring(0, joined.lastIndexOf('|', MAX_SYNONYMS) + 1).replaceAll("\\|$", "") : joined;
    }

    /** A moderator names a proposed skill in the three languages and adds it to the shared vocabulary. */
    void approveAs(String labelFr, String labelNl, String labelEn, String synonyms) {
        this.labelFr = labelFr;
        this.labelNl = labelNl;
        this.labelEn = labelEn;
        this.synonyms = synonyms;
        this.approved = true;
    }

    /** Adds another name that finds this skill, such as the label of a duplicate merged into it. */
    void addSynonym(String name) {
        var folded = Folding.fold(name);
        if (allNames().stream().noneMatch(known -> Folding.fold(known).equals(folded))
                && synonyms.length() + name.length() + 1 <= MAX_SYNONYMS) {
            synonyms = synonyms.isEmpty() ? name : synonyms + "|" + name;
        }
    }

    String synonyms() {
        return synonyms;
    }

    Instant createdAt() {
        return createdAt;
    }

    void forgetProposer() {
        proposedBy = null;
    }

    /** Every name of the skill in one text, for typo-tolerant and as-you-type matching in any language. */
    @FullTextField(analyzer = SearchAnalyzers.NAME)
    @FullTextField(name = "namesPrefix", analyzer = SearchAnalyzers.PREFIX, searchAnalyzer = SearchAnalyzers.NAME)
    @IndexingDependency(
            derivedFrom = {
                @ObjectPath(@PropertyValue(propertyName = "labelFr")),
                @ObjectPath(@PropertyValue(propertyName = "labelNl")),
                @ObjectPath(@PropertyValue(propertyName = "labelEn")),
                @ObjectPath(@PropertyValue(propertyName = "synonyms"))
            },
            reindexOnUpdate = ReindexOnUpdate.DEFAULT)
    String getNames() {
        return String.join(" ", allNames());
    }

    /** The three labels, then the synonyms. */
    List<String> allNames() {
        var names = new ArrayList<>(List.of(labelFr, labelNl, labelEn));
        Arrays.stream(synonyms.split("\\|")).map(String::strip).filter(name -> !name.isEmpty()).forEach(names::add);
        return names;
    }
}
