package coop.agora.opportunities;

import coop.agora.directory.Matchmaking;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Chooses the members to tell about newly published opportunities, and about those whose skills,
 * place or languages changed (only the members not told before), after the change commits and off
 * the request, so that publishing stays quick however large the directory. Each waiting
 * opportunity is matched in its own transaction on one background thread of the node where it was
 * published; a recurring job picks up what a stopped node left. Waiting opportunities are taken in
 * order and locked, so two nodes never match the same one.
 */
@Component
class PublicationMatching implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(PublicationMatching.class);

    private final JdbcClient db;
    private final TransactionTemplate transactions;
    private final BoardMatching matching;
    private final Opportunities opportunities;
    private final ApplicationEventPublisher events;
    private final Timer timer;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(task -> {
        var thread = new Thread(task, "opportunities-matching");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicBoolean queued = new AtomicBoolean();

    PublicationMatching(JdbcClient db, TransactionTemplate transactions, BoardMatching matching, Opportunities opportunities,
            ApplicationEventPublisher events, MeterRegistry registry) {
        this.db = db;
        this.transactions = transactions;
        this.matching = matching;
        this.opportunities = opportunities;
        this.events = events;
        this.timer = Timer.builder("agora.opportunities.matching")
                .description("Choosing the members to tell about one newly published opportunity")
                .register(registry);
    }

    /**
     * Puts a just-published or just-changed opportunity in the queue; it is matched only if the caller
     * commits. While a matching of the same opportunity is under way, this waits for it to commit and
     * queues the opportunity again, so that the change is matched too.
     */
    void enqueue(long opportunityId) {
        db.sql("""
                        insert into opportunities.matching_queue (opportunity_id) values (?)
                        on conflict (opportunity_id) do update set queued_at = now()""")
                .param(opportunityId)
                .update();
    }

    /** Matches waiting opportunities in the background; calls arriving while a run is queued join it. */
    void soon() {
        if (queued.compareAndSet(false, true)) {
            worker.execute(() -> {
                queued.set(false);
                try {
                    drain();
                } catch (RuntimeException e) {
                    log.warn("Opportunities not matched yet, the recurring job will retry: {}", e.toString());
                }
            });
        }
    }

    /**
     * Matches every waiting opportunity, each in its own transaction; returns how many. Waits for one
     * another thread is matching, so that when it returns, every publication committed before is
     * matched.
     */
    int drain() {
        int done = 0;
        while (Boolean.TRUE.equals(transactions.execute(status -> matchOldest()))) {
            done++;
        }
        return done;
    }

    private boolean matchOldest() {
        var waiting = db.sql("""
                        select o.id, o.title, o.author_id, o.place_kind, o.latitude, o.longitude, o.region, o.languages,
                               o.status = 'OPEN' and not o.hidden and o.deadline >= (now() at time zone 'Europe/Brussels')::date as open,
                               array(select s.skill_id from opportunities.opportunity_skill s where s.opportunity_id = o.id) as skills
                        from opportunities.matching_queue q join opportunities.opportunity o on o.id = q.opportunity_id
                        order by q.opportunity_id limit 1 for update of q""")
                .query((row, number) -> new Waiting(row.getLong("id"), row.getString("title"), row.getBoolean("open"),
                        row.getObject("author_id", Long.class),
                        area(row.getString("place_kind"), row.getObject("latitude", Double.class), row.getObject("longitude", Double.class),
                                row.getString("region")),
                        List.of((String[]) row.getArray("languages").getArray()), Set.of((Long[]) row.getArray("skills").getArray())))
                .optional();
        if (waiting.isEmpty()) {
            return false;
        }
        var opportunity = waiting.get();
        if (opportunity.open()) {
            tell(opportunity);
        }
        db.sql("delete from opportunities.matching_queue where opportunity_id = ?").param(opportunity.id()).update();
        return true;
    }

    /** Tells the members who fit and were not told of the opportunity before, and counts them among those reached. */
    private void tell(Waiting opportunity) {
        var started = System.nanoTime();
        var fitting = matching.toTell(new Matchmaking.Wanted(opportunity.skillIds(), opportunity.area(), opportunity.languages()),
                opportunity.authorId());
        var took = System.nanoTime() - started;
        timer.record(Duration.ofNanos(took));
        var told = opportunities.tell(opportunity.id(), fitting);
        log.info("Opportunity {} matched {} members, {} of them not told before, in {} ms", opportunity.id(), fitting.size(), told.size(),
                took / 1_000_000);
        if (!told.isEmpty()) {
            events.publishEvent(new OpportunityMatched(opportunity.id(), opportunity.title(), told));
        }
    }

    private static Matchmaking.Area area(String placeKind, @Nullable Double latitude, @Nullable Double longitude, @Nullable String region) {
        if ("TOWN".equals(placeKind) && latitude != null && longitude != null) {
            return Matchmaking.Area.near(latitude, longitude, BoardRules.MATCH_RADIUS_KM);
        }
        var named = region == null ? Optional.<Region>empty() : Region.of(region);
        return named.map(found -> Matchmaking.Area.within(found.country(), found.postalPrefixes())).orElseGet(Matchmaking.Area::anywhere);
    }

    @Override
    public void destroy() {
        worker.shutdownNow();
    }

    private record Waiting(
            long id, String title, boolean open, @Nullable Long authorId, Matchmaking.Area area, List<String> languages, Set<Long> skillIds) {}
}
