package coop.agora.directory;

import coop.agora.platform.web.FormErrors;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moderators' review of the skills members proposed: name one in the three languages and add it to
 * the vocabulary, merge it into the existing skill it duplicates, or refuse it. Members who chose a
 * proposed skill keep a skill on their profile in every case but refusal.
 */
@Service
class SkillReview {

    private final Skills skills;
    private final Profiles profiles;
    private final JdbcClient db;
    private final EntityManager entityManager;

    SkillReview(Skills skills, Profiles profiles, JdbcClient db, EntityManager entityManager) {
        this.skills = skills;
        this.profiles = profiles;
        this.db = db;
        this.entityManager = entityManager;
    }

    List<ProposedSkill> waiting() {
        return db.sql("""
                        select s.id, s.label_fr, s.created_at,
                               (select count(*) from directory.profile_skill ps where ps.skill_id = s.id) as profiles
                        from directory.skill s
                        where not s.approved
                        order by s.created_at, s.id
                        limit 200""")
                .query((row, number) -> new ProposedSkill(
                        row.getLong("id"), row.getString("label_fr"), row.getLong("profiles"), row.getTimestamp("created_at").toInstant()))
                .list();
    }

    long waitingCount() {
        return db.sql("select count(*) from directory.skill where not approved").query(Long.class).single();
    }

    /** The three names and synonyms a moderator gives a proposed skill, checked. */
    record Naming(String labelFr, String labelNl, String labelEn, String synonyms) {}

    /** Checks the names given to one skill; {@code fieldSuffix} tells its fields apart from other skills' on the page. */
    Naming check(SkillNamingForm form, String fieldSuffix, FormErrors.Builder errors) {
        var fr = label(form.labelFr(), "labelFr" + fieldSuffix, errors);
        var nl = label(form.labelNl(), "labelNl" + fieldSuffix, errors);
        var en = label(form.labelEn(), "labelEn" + fieldSuffix, errors);
        var synonyms = form.synonyms().lines()
                .map(String::strip)
                .filter(name -> !name.isEmpty())
                .map(name -> name.replace("|", " "))
                .distinct()
                .toList();
        var joined = String.join("|", synonyms);
        if (joined.length() > Skill.MAX_SYNONYMS || synonyms.stream().anyMatch(name -> name.length() > Skill.MAX_LABEL)) {
            errors.reject("synonyms" + fieldSuffix, "directory.review.error.synonymsTooLong");
        }
        return new Naming(fr, nl, en, joined);
    }

    private static String label(String text, String field, FormErrors.Builder errors) {
        var label = text.strip();
        if (label.isEmpty()) {
            errors.reject(field, "directory.review.error.labelMissing");
        } else if (label.length() > Skill.MAX_LABEL) {
            errors.reject(field, "directory.review.error.labelTooLong");
        }
        return label;
    }

    /** Names a waiting skill and makes it everyone's; false when it is not waiting any more. */
    @Transactional
    boolean approve(long skillId, Naming naming) {
        return waitingSkill(skillId).map(skill -> {
            skill.approveAs(naming.labelFr(), naming.labelNl(), naming.labelEn(), naming.synonyms());
            reindexProfilesWith(skill);
            return true;
        }).orElse(false);
    }

    /**
     * Moves every profile from a waiting skill to the shared one it duplicates, keeps the member's
     * wording as a synonym of the shared skill, and drops the duplicate.
     */
    @Transactional
    boolean merge(long skillId, long keptId) {
        var shared = skills.findById(keptId).filter(Skill::approved);
        if (shared.isEmpty()) {
            return false;
        }
        var kept = shared.get();
        return waitingSkill(skillId).map(duplicate -> {
            profiles.findAllById(profileIdsWith(duplicate)).forEach(profile -> profile.replaceSkill(duplicate, kept));
            kept.addSynonym(duplicate.label(Locale.FRENCH));
            reindexProfilesWith(kept);
            skills.delete(duplicate);
            return true;
        }).orElse(false);
    }

    /** Drops a waiting skill from the vocabulary and from the profiles that chose it. */
    @Transactional
    boolean refuse(long skillId) {
        return waitingSkill(skillId).map(skill -> {
            profiles.findAllById(profileIdsWith(skill)).forEach(profile -> profile.removeSkill(skill));
            skills.delete(skill);
            return true;
        }).orElse(false);
    }

    /** The shared, approved skill a moderator means by a label or synonym in any language. */
    @Transactional(readOnly = true)
    Optional<Long> approvedNamed(String typed) {
        var wanted = Folding.fold(typed.strip());
        if (wanted.isEmpty()) {
            return Optional.empty();
        }
        return Search.session(entityManager)
                .search(Skill.class)
                .where((f, root) -> {
                    root.add(f.match().field("approved").matching(true));
                    root.add(f.match().field("names").matching(SkillVocabulary.cut(typed)).minimumShouldMatchPercent(100));
                })
                .fetchHits(50)
                .stream()
                .filter(skill -> skill.allNames().stream().anyMatch(name -> Folding.fold(name).equals(wanted)))
                .map(Skill::id)
                .findFirst();
    }

    private Optional<Skill> waitingSkill(long skillId) {
        return skills.findById(skillId).filter(skill -> !skill.approved());
    }

    private List<Long> profileIdsWith(Skill skill) {
        return db.sql("select member_id from directory.profile_skill where skill_id = ?").param(skill.id()).query(Long.class).list();
    }

    /**
     * Profiles embed their skills' names in the index without following changes to a skill itself,
     * so the profiles showing a renamed skill are indexed again here.
     */
    private void reindexProfilesWith(Skill skill) {
        var plan = Search.session(entityManager).indexingPlan();
        profiles.findAllById(profileIdsWith(skill)).forEach(plan::addOrUpdate);
    }
}
