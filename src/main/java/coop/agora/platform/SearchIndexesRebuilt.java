package coop.agora.platform;

import java.time.Instant;

/**
 * Every search index was rebuilt from the database by a rebuild that started at {@code startedAt}:
 * a module that queues its own reindexing may forget what was queued before.
 */
public record SearchIndexesRebuilt(Instant startedAt) {}
