package coop.agora.platform.search;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.search.mapper.orm.Search;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Fills empty search indexes from PostgreSQL at start, after demo data was seeded. */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class EmptyIndexRebuild implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(EmptyIndexRebuild.class);

    private final EntityManagerFactory entityManagerFactory;
    private final IndexRebuild rebuild;
    private final SearchSettings settings;

    EmptyIndexRebuild(EntityManagerFactory entityManagerFactory, IndexRebuild rebuild, SearchSettings settings) {
        this.entityManagerFactory = entityManagerFactory;
        this.rebuild = rebuild;
        this.settings = settings;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        if (settings.emptyIndexOnStart() == SearchSettings.EmptyIndex.NOTHING || !indexesEmptyButDataPresent()) {
            return;
        }
        log.info("The search indexes are empty: rebuilding them from the database");
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
            return indexed == 0 && anyIndexedEntityStored(entityManager);
        } finally {
            entityManager.close();
        }
    }

    private boolean anyIndexedEntityStored(EntityManager entityManager) {
        var mapping = Search.mapping(entityManagerFactory);
        for (var type : mapping.allIndexedEntities()) {
            var found = entityManager.createQuery("select 1 from " + type.jpaName(), Integer.class)
                    .setMaxResults(1)
                    .getResultList();
            if (!found.isEmpty()) {
                return true;
            }
        }
        return false;
    }
}
