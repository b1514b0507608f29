package coop.agora.directory;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Profiles stored straight through the service, for tests about finding them; each gets a member
 * id no account uses, so tests sharing the database never meet.
 */
final class Listings {

    private static final AtomicLong NEXT_ID = new AtomicLong(900_000_000L + System.nanoTime() % 1_000_000L * 100);

    private final MemberProfiles profiles;
    private final Skills skills;
    private final Places places;
    private final JdbcClient db;

    Listings(MemberProfiles profiles, Skills skills, Places places, JdbcClient db) {
        this.profiles = profiles;
        this.skills = skills;
        this.places = places;
        this.db = db;
    }

    long list(String name, Visibility visibility, @Nullable String postalCode, String headline, String... frenchSkillLabels) {
        return list(name, visibility, postalCode, headline, Set.of(), frenchSkillLabels);
    }

    long list(String name, Visibility visibility, @Nullable String postalCode, String headline, Set<Sector> sectors, String... frenchSkillLabels) {
        var id = NEXT_ID.incrementAndGet();
        var chosen = new HashSet<Skill>();
        for (var label : frenchSkillLabels) {
            chosen.add(skills.findFirstByAnyLabel(label).orElseThrow());
        }
        Place place = null;
        if (postalCode != null) {
            var placeId = db.sql("select id from directory.place where postal_code = ? order by id limit 1").param(postalCode).query(Long.class).single();
            place = places.findById(placeId).orElseThrow();
        }
        var description = new Profile.Description(name, headline, "", place, true, false, false, "", List.of(),
                sectors.isEmpty() ? EnumSet.noneOf(Sector.class) : EnumSet.copyOf(sectors), List.of("fr", "nl"), chosen);
        profiles.save(id, new ProfileRules.Checked(description, null), visibility);
        return id;
    }
}
