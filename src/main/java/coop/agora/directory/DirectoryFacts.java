package coop.agora.directory;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * What other modules may ask the directory: who chose to be seen, the shared skills vocabulary,
 * the towns with their centre, and the languages members work in.
 */
@Service
public class DirectoryFacts {

    private final JdbcClient db;
    private final SkillVocabulary vocabulary;
    private final Towns towns;

    DirectoryFacts(JdbcClient db, SkillVocabulary vocabulary, Towns towns) {
        this.db = db;
        this.vocabulary = vocabulary;
        this.towns = towns;
    }

    /** A skill of the vocabulary, named in the reader's language. */
    public record SkillName(long id, String label) {}

    /** A town and its centre, for measuring distances; never an address. */
    public record Town(long id, String label, double latitude, double longitude) {}

    /** A member who chose to be seen, by the name on their profile. */
    public record Findable(long memberId, String displayName) {}

    /**
     * Members with a public or members-only profile whose name, or a word of it, starts with the
     * typed text, case aside; a hidden profile is never found. At most {@code limit}, by name.
     */
    public List<Findable> findByName(String typed, int limit) {
        var text = typed.strip().toLowerCase(Locale.ROOT);
        if (text.isEmpty() || text.length() > 100) {
            return List.of();
        }
        var pattern = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return db.sql("""
                        select member_id, display_name from directory.profile
                        where visibility <> 'HIDDEN' and (lower(display_name) like ? or lower(display_name) like '% ' || ?)
                        order by display_name, member_id limit ?""")
                .params(pattern, pattern, limit)
                .query((row, number) -> new Findable(row.getLong("member_id"), row.getString("display_name")))
                .list();
    }

    /** Who may see each person's profile; people without a profile are hidden. */
    public Map<Long, Visibility> visibilities(Collection<Long> memberIds) {
        var found = new HashMap<Long, Visibility>();
        memberIds.forEach(id -> found.put(id, Visibility.HIDDEN));
        if (!memberIds.isEmpty()) {
            db.sql("select member_id, visibility from directory.profile where member_id = any(?)")
                    .param(memberIds.toArray(Long[]::new))
                    .query(row -> {
                        found.put(row.getLong("member_id"), Visibility.valueOf(row.getString("visibility")));
                    });
        }
        return found;
    }

    /** The approved skill, or one the person proposed, named by a label or synonym in any language. */
    public Optional<SkillName> skill(String typed, long viewerId, Locale language) {
        return vocabulary.find(typed, viewerId).map(skill -> new SkillName(skill.id(), skill.label(language)));
    }

    /** Up to ten skills matching what a person types, for a list of suggestions. */
    public List<String> suggestSkills(String typed, long viewerId, Locale language) {
        return vocabulary.suggest(typed, viewerId, language).stream().map(SkillVocabulary.Choice::label).toList();
    }

    /** The skills a member put on their profile, whoever may see it: for their own forms only. */
    public List<SkillName> skillsOf(long memberId, Locale language) {
        return db.sql("select s.id, s." + labelColumn(language) + " as label from directory.profile_skill p"
                        + " join directory.skill s on s.id = p.skill_id where p.member_id = ? order by s.id")
                .param(memberId)
                .query((row, number) -> new SkillName(row.getLong("id"), row.getString("label")))
                .list();
    }

    /** The names of these skills in the reader's language, in one query. */
    public Map<Long, String> labels(Collection<Long> skillIds, Locale language) {
        var column = labelColumn(language);
        var labels = new HashMap<Long, String>();
        if (!skillIds.isEmpty()) {
            db.sql("select id, " + column + " as label from directory.skill where id = any(?)")
                    .param(skillIds.toArray(Long[]::new))
                    .query(row -> {
                        labels.put(row.getLong("id"), row.getString("label"));
                    });
        }
        return labels;
    }

    private static String labelColumn(Locale language) {
        return switch (language.getLanguage()) {
            case "nl" -> "label_nl";
            case "en" -> "label_en";
            default -> "label_fr";
        };
    }

    /** The one town a person meant, by postal code or name. */
    public Optional<Town> town(String typed, Locale language) {
        return towns.find(typed, language).map(place -> new Town(place.id(), place.label(language), place.latitude(), place.longitude()));
    }

    /** Up to ten towns matching what a person types. */
    public List<String> suggestTowns(String typed, Locale language) {
        return towns.suggest(typed, language).stream().map(Towns.Choice::label).toList();
    }

    /** The languages members may say they work in, as ISO 639-1 codes. */
    public List<String> languageCodes() {
        return SpokenLanguages.CODES;
    }

    /** A language's name in the reader's language. */
    public String languageName(String code, Locale reader) {
        return SpokenLanguages.name(code, reader);
    }
}
