package coop.agora.directory;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;
import java.time.Duration;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Listed members counted per town, the one costly part of the map (every listed profile is read to
 * count them). The counts are kept for {@link #FRESHNESS} and dropped on this node as soon as a
 * profile is stored or removed, after its commit; another node may show a town's count that old,
 * never a person.
 */
@Component
class TownCounts {

    static final Duration FRESHNESS = Duration.ofMinutes(1);

    /** A town with its listed members, named in both languages. */
    record Town(long id, String postalCode, String nameFr, String nameNl, double latitude, double longitude, long members) {

        String label(boolean dutch) {
            return postalCode + " " + (dutch ? nameNl : nameFr);
        }
    }

    private final JdbcClient db;
    private final LoadingCache<Boolean, List<Town>> bySignedIn;

    TownCounts(JdbcClient db) {
        this.db = db;
        this.bySignedIn = Caffeine.newBuilder().expireAfterWrite(FRESHNESS).build(this::count);
    }

    /** Every town with at least one member listed for this reader: public profiles only for visitors. */
    List<Town> towns(boolean signedIn) {
        return bySignedIn.get(signedIn);
    }

    void forget() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    bySignedIn.invalidateAll();
                }
            });
        } else {
            bySignedIn.invalidateAll();
        }
    }

    private List<Town> count(boolean signedIn) {
        return db.sql("""
                        select pl.id, pl.postal_code, pl.name_fr, pl.name_nl, pl.latitude, pl.longitude, counted.members
                        from (select place_id, count(*) as members from directory.profile
                              where visibility = any(?) and place_id is not null group by place_id) counted
                        join directory.place pl on pl.id = counted.place_id""")
                .param(signedIn ? new String[] {"MEMBERS", "PUBLIC"} : new String[] {"PUBLIC"})
                .query((row, number) -> new Town(row.getLong("id"), row.getString("postal_code"), row.getString("name_fr"),
                        row.getString("name_nl"), row.getDouble("latitude"), row.getDouble("longitude"), row.getLong("members")))
                .list();
    }

    /** Drops the counts whenever JPA stores or removes a profile. */
    @Component
    static class ProfileChanges {

        private final TownCounts counts;

        ProfileChanges(TownCounts counts) {
            this.counts = counts;
        }

        @PostPersist
        @PostUpdate
        @PostRemove
        void changed(Profile profile) {
            counts.forget();
        }
    }
}
