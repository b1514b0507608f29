package coop.agora.helpdesk;

import coop.agora.platform.SearchIndexesRebuilt;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.pojo.work.IndexingPlanSynchronizationStrategy;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the desk search in step with the requests: takes the requests the triggers queued, reindexes
 * them and deletes their queue rows in one transaction, so a failed indexing leaves them queued for
 * the next run. Several nodes share the queue: each takes rows the others have not locked.
 */
@Service
class DeskSearchIndexing {

    static final int BATCH = 500;
    /** Enough for a burst of activity; the rest waits for the next run, a second later. */
    static final int BATCHES_PER_RUN = 40;
    /**
     * A change queued this long before a rebuild started was committed before it, since no desk
     * transaction lasts that long: the rebuild indexed it.
     */
    static final Duration LONGEST_TRANSACTION = Duration.ofMinutes(1);

    private final JdbcClient db;
    private final EntityManager entityManager;
    private final TransactionTemplate transactions;

    DeskSearchIndexing(JdbcClient db, EntityManager entityManager, TransactionTemplate transactions) {
        this.db = db;
        this.entityManager = entityManager;
        this.transactions = transactions;
    }

    /** Reindexes what is queued, batch by batch; returns how many requests were reindexed. */
    int catchUp() {
        var done = 0;
        for (int batch = 0; batch < BATCHES_PER_RUN; batch++) {
            var count = transactions.execute(status -> reindexNextBatch());
            if (count == null || count == 0) {
                break;
            }
            done += count;
        }
        return done;
    }

    private int reindexNextBatch() {
        var ids = new HashSet<>(db.sql("""
                        delete from helpdesk.search_queue where id in (
                            select id from helpdesk.search_queue order by id limit ? for update skip locked)
                        returning request_id""")
                .param(BATCH)
                .query(Long.class)
                .list());
        if (ids.isEmpty()) {
            return 0;
        }
        var session = Search.session(entityManager);
        // The queue rows go only if the index took the documents.
        session.indexingPlanSynchronizationStrategy(IndexingPlanSynchronizationStrategy.writeSync());
        var plan = session.indexingPlan();
        List<IndexedRequest> found = entityManager
                .createQuery("select distinct r from IndexedRequest r left join fetch r.messages where r.id in :ids", IndexedRequest.class)
                .setParameter("ids", ids)
                .getResultList();
        found.forEach(plan::addOrUpdate);
        found.forEach(request -> ids.remove(request.id()));
        ids.forEach(gone -> plan.purge(IndexedRequest.class, gone, null));
        plan.execute();
        return found.size() + ids.size();
    }

    /** A rebuild read every request from the database: what was queued well before it started is in the index. */
    @EventListener
    void rebuilt(SearchIndexesRebuilt rebuilt) {
        db.sql("delete from helpdesk.search_queue where queued_at < ?")
                .param(Timestamp.from(rebuilt.startedAt().minus(LONGEST_TRANSACTION)))
                .update();
    }

    long queued() {
        return db.sql("select count(*) from helpdesk.search_queue").query(Long.class).single();
    }
}
