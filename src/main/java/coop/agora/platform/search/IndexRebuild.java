package coop.agora.platform.search;

import coop.agora.platform.SearchIndexesRebuilt;
import jakarta.persistence.EntityManagerFactory;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
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
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Rebuilds every search index from PostgreSQL, the source of truth, in the background, and keeps
 * its progress for the admin page. One rebuild at a time on this node.
 */
@Component
class IndexRebuild {

    private static final Logger log = LoggerFactory.getLogger(IndexRebuild.class);

    private final EntityManagerFactory entityManagerFactory;
    private final MappingFingerprints fingerprints;
    private final ApplicationEventPublisher events;
    private final AtomicReference<RebuildProgress> current = new AtomicReference<>(RebuildProgress.NEVER);
    private volatile CompletableFuture<Void> finished = CompletableFuture.completedFuture(null);

    IndexRebuild(EntityManagerFactory entityManagerFactory, MappingFingerprints fingerprints, ApplicationEventPublisher events) {
        this.entityManagerFactory = entityManagerFactory;
        this.fingerprints = fingerprints;
        this.events = events;
    }

    /** Starts a rebuild unless one is running; returns false when one already is. */
    boolean start() {
        return begin() != null;
    }

    /** Rebuilds and returns once done, or waits for the rebuild already running. */
    void rebuildAndWait() {
        var started = begin();
        (started != null ? started : finished).join();
    }

    private @Nullable CompletableFuture<Void> begin() {
        var startedAt = Instant.now();
        var running = new RebuildProgress(RebuildProgress.State.RUNNING, 0, 0, startedAt, null, null);
        var previous = current.get();
        if (previous.state() == RebuildProgress.State.RUNNING || !current.compareAndSet(previous, running)) {
            return null;
        }
        var done = new CompletableFuture<Void>();
        finished = done;
        var total = new AtomicLong();
        var indexed = new AtomicLong();
        var monitor = new Monitor(total, indexed, () -> current.set(current.get().counted(indexed.get(), total.get())));
        var session = Search.mapping(entityManagerFactory);
        session.scope(Object.class)
                .massIndexer()
                .threadsToLoadObjects(2)
                .batchSizeToLoadObjects(200)
                // One segment per index after a rebuild: every search then visits one segment instead of several.
                .mergeSegmentsOnFinish(true)
                .monitor(monitor)
                .start()
                .whenComplete((ignored, failure) -> {
                    var counted = current.get().counted(indexed.get(), total.get());
                    if (failure != null) {
                        log.error("Rebuilding the search indexes failed", failure);
                        current.set(counted.ended(RebuildProgress.State.FAILED));
                    } else {
                        log.info("Search indexes rebuilt: {} documents", indexed.get());
                        fingerprints.record(fingerprints.current());
                        announce(startedAt);
                        current.set(counted.ended(RebuildProgress.State.DONE));
                    }
                    done.complete(null);
                });
        return done;
    }

    /** A module that fails to take note still leaves the rebuild done: it reindexes a little more than needed. */
    private void announce(Instant startedAt) {
        try {
            events.publishEvent(new SearchIndexesRebuilt(startedAt));
        } catch (RuntimeException e) {
            log.warn("A module failed to take note of the rebuilt search indexes", e);
        }
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
