package coop.agora.directory;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.hibernate.search.mapper.orm.Search;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The shared skills: suggestions as a member types, and finding the skill a member meant. A skill
 * proposed by a member and not yet approved is suggested to that member only, so that nobody learns
 * from the suggestions what an unlisted member wrote.
 */
@Service
class SkillVocabulary {

    static final int MAX_SUGGESTIONS = 10;
    private static final int MAX_QUERY = 80;

    private final EntityManager entityManager;
    private final Skills skills;

    SkillVocabulary(EntityManager entityManager, Skills skills) {
        this.entityManager = entityManager;
        this.skills = skills;
    }

    /** A skill as shown in a list of choices. */
    record Choice(long id, String label) {}

    @Transactional(readOnly = true)
    List<Choice> suggest(String typed, @Nullable Long viewerId, Locale language) {
        var text = cut(typed);
        if (text.isBlank()) {
            return List.of();
        }
        return Search.session(entityManager)
                .search(Skill.class)
                .where((f, root) -> {
                    root.add(visibleTo(f, viewerId));
                    root.add(f.or()
                            .add(f.match().field("namesPrefix").matching(text).minimumShouldMatchPercent(100).boost(2))
                            .add(f.match().field("names").matching(text).fuzzy(text.length() > 5 ? 2 : 1).minimumShouldMatchPercent(100)));
                })
                .fetchHits(MAX_SUGGESTIONS)
                .stream()
                .map(skill -> new Choice(skill.id(), skill.label(language)))
                .toList();
    }

    /** The skill a member meant by a label or synonym in any language, ignoring case and accents. */
    @Transactional(readOnly = true)
    Optional<Skill> find(String typed, long viewerId) {
        var text = cut(typed);
        if (text.isBlank()) {
            return Optional.empty();
        }
        var wanted = Folding.fold(text);
        return Search.session(entityManager)
                .search(Skill.class)
                .where((f, root) -> {
                    root.add(visibleTo(f, viewerId));
                    root.add(f.match().field("names").matching(text).minimumShouldMatchPercent(100));
                })
                .fetchHits(50)
                .stream()
                .filter(skill -> namedAs(skill, wanted))
                .findFirst();
    }

    /** Adds a skill the vocabulary lacks, for a moderator to translate or merge later. */
    @Transactional
    Skill propose(String label, long memberId) {
        var text = cut(label);
        return skills.findFirstByAnyLabel(text).orElseGet(() -> skills.save(Skill.proposedBy(memberId, text)));
    }

    private static boolean namedAs(Skill skill, String folded) {
        return skill.allNames().stream().anyMatch(name -> Folding.fold(name).equals(folded));
    }

    private static org.hibernate.search.engine.search.predicate.SearchPredicate visibleTo(
            org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory f, @Nullable Long viewerId) {
        var approved = f.match().field("approved").matching(true);
        return viewerId == null
                ? approved.toPredicate()
                : f.or().add(approved).add(f.match().field("proposedBy").matching(viewerId)).toPredicate();
    }

    static String cut(String text) {
        var stripped = text.strip();
        return stripped.length() > MAX_QUERY ? stripped.substring(0, MAX_QUERY) : stripped;
    }
}
