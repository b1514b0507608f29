package coop.agora.platform.search;

import jakarta.persistence.EntityManagerFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.pojo.massindexing.MassIndexingMonitor;
import org.hibernate.search.mapper.pojo.massindexing.MassIndexingTypeGroupMonitor;
import org.hibernate.search.mapper.pojo.massindexing.MassIndexingTypeGroupMonitorContext;
import org.hibernate.search.mapper.pojo.massindexing.MassIndexingTypeGroupMonitorCreateContext;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Rebuilds every search index from PostgreSQL, the source of truth, in the background, and keeps
 * its progress for the admin page. One rebuild at a time on this node.
 */
@Component
class IndexRebuild {

    private static final Logger log = LoggerFactory.getLogger(IndexRebuild.class);

    private final EntityManagerFactory entityManagerFactory;
    private final AtomicReference<RebuildProgress> current = new AtomicReference<>(RebuildProgress.NEVER);

    IndexRebuild(EntityManagerFactory entityManagerFactory) {
        this.entityManagerFactory = entityManagerFactory;
    }

    /** Starts a rebuild unless one is running; returns false when one already is. */
    boolean start() {
        var running = new RebuildProgress(RebuildProgress.State.RUNNING, 0, 0, Instant.now(), null, null);
        var previous = current.get();
        if (previous.state() == RebuildProgress.State.RUNNING || !current.compareAndSet(previous, running)) {
            return false;
        }
        var total = new AtomicLong();
        var done = new AtomicLong();
        var monitor = new Monitor(total, done, () -> current.set(current.get().counted(done.get(), total.get())));
        var session = Search.mapping(entityManagerFactory);
        session.scope(Object.class)
                .massIndexer()
                .threadsToLoadObjects(2)
                .batchSizeToLoadObjects(200)
                .monitor(monitor)
                .start()
                .whenComplete((ignored, failure) -> {
                    var finished = current.get().counted(done.get(), total.get());
                    if (failure != null) {
                        log.error("Rebuilding the search indexes failed", failure);
                        current.set(finished.ended(RebuildProgress.State.FAILED));
                    } else {
                        log.info("Search indexes rebuilt: {} documents", done.get());
                        current.set(finished.ended(RebuildProgress.State.DONE));
                    }
                });
        return true;
    }

    RebuildProgress progress() {
        return current.get();
    }

    private record Monitor(AtomicLong total, AtomicLong done, Runnable changed) implements MassIndexingMonitor {

        @Override
        public MassIndexingTypeGroupMonitor typeGroupMonitor(MassIndexingTypeGroupMonitorCreateContext context) {
            context.totalCount().ifPresent(count -> {
                total.addAndGet(count);
                changed.run();
            });
            return new MassIndexingTypeGroupMonitor() {
                @Override
                public void documentsIndexed(long increment) {}

                @Override
                public void indexingStarted(MassIndexingTypeGroupMonitorContext started) {}

                @Override
                public void indexingCompleted(MassIndexingTypeGroupMonitorContext completed) {}
            };
        }

        @Override
        public void documentsAdded(long increment) {
            done.addAndGet(increment);
            changed.run();
        }

        @Override
        public void documentsBuilt(long increment) {}

        @Override
        public void entitiesLoaded(long increment) {}

        @Override
        public void indexingCompleted() {}
    }
}
