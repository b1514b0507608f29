package coop.agora.knowledge;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Counts readings in memory and writes them in one batch now and then, so that reading an
 * article never waits for a write. A restart loses at most the readings of the last interval.
 */
@Component
class ArticleViews {

    private final Map<Long, LongAdder> pending = new ConcurrentHashMap<>();
    private final JdbcClient db;

    ArticleViews(JdbcClient db) {
        this.db = db;
    }

    void count(long articleId) {
        pending.computeIfAbsent(articleId, id -> new LongAdder()).increment();
    }

    void flush() {
        for (var id : pending.keySet()) {
            var adder = pending.remove(id);
            if (adder != null && adder.sum() > 0) {
                db.sql("update knowledge.article set views = views + ? where id = ?").params(adder.sum(), id).update();
            }
        }
    }
}
