package coop.agora.platform.search;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.search.mapper.orm.Search;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Rebuilds the search indexes from PostgreSQL at start, after demo data was seeded, when they are
 * empty while the database is not, or were built for other fields than this version maps (the
 * upgrade that changed them needs no manual rebuild). With several nodes sharing one OpenSearch
 * cluster, each node starting after such an upgrade rebuilds once.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class IndexRebuildAtStart implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(IndexRebuildAtStart.class);

    private final EntityManagerFactory entityManagerFactory;
    private final IndexRebuild rebuild;
    private final MappingFingerprints fingerprints;
    private final SearchSettings settings;

    IndexRebuildAtStart(EntityManagerFactory entityManagerFactory, IndexRebuild rebuild, MappingFingerprints fingerprints, SearchSettings settings) {
        this.entityManagerFactory = entityManagerFactory;
        this.rebuild = rebuild;
        this.fingerprints = fingerprints;
        this.settings = settings;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        if (settings.emptyIndexOnStart() == SearchSettings.EmptyIndex.NOTHING) {
            return;
        }
        var current = fingerprints.current();
        var stored = fingerprints.stored();
        var changed = fingerprints.changed(current, stored);
        if (!changed.isEmpty() && anyIndexedEntityStored()) {
            log.info("The search indexes {} were built for other fields than this version maps: rebuilding them from the database", changed);
        } else if (indexesEmptyButDataPresent()) {
            log.info("The search indexes are empty: rebuilding them from the database");
        } else {
            if (!changed.isEmpty() || stored.isEmpty()) {
                fingerprints.record(current);
            }
            return;
        }
        if (settings.emptyIndexOnStart() == SearchSettings.EmptyIndex.BEFORE_SERVING) {
            rebuild.rebuildAndWait();
        } else {
            rebuild.start();
        }
    }

    private boolean indexesEmptyButDataPresent() {
        var entityManager = entityManagerFactory.createEntityManager();
        try {
            var indexed = Search.session(entityManager).search(Object.class).where(f -> f.matchAll()).fetchTotalHitCount();
            return indexed == 0 && anyIndexedEntityStored();
        } finally {
            entityManager.close();
        }
    }

    private boolean anyIndexedEntityStored() {
        var entityManager = entityManagerFactory.createEntityManager();
        try {
            for (var type : Search.mapping(entityManagerFactory).allIndexedEntities()) {
                var found = entityManager.createQuery("select 1 from " + type.jpaName(), Integer.class)
                        .setMaxResults(1)
                        .getResultList();
                if (!found.isEmpty()) {
                    return true;
                }
            }
            return false;
        } finally {
            entityManager.close();
        }
    }
}
