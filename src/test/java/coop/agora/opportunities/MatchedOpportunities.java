package coop.agora.opportunities;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The members told of each opportunity, whichever thread matched it. Asking waits until every
 * publication committed before is matched, so tests need no sleeps.
 */
@Component
class MatchedOpportunities {

    private final PublicationMatching matching;
    private final ConcurrentLinkedQueue<OpportunityMatched> seen = new ConcurrentLinkedQueue<>();

    MatchedOpportunities(PublicationMatching matching) {
        this.matching = matching;
    }

    @EventListener
    void on(OpportunityMatched matched) {
        seen.add(matched);
    }

    /** The event that told members of this opportunity, none when nobody fitted. */
    Optional<OpportunityMatched> of(long opportunityId) {
        matching.drain();
        return seen.stream().filter(event -> event.opportunityId() == opportunityId).findFirst();
    }

    /** Every event that told members of this opportunity, in order: its publication's, then those of its changes. */
    List<OpportunityMatched> allOf(long opportunityId) {
        matching.drain();
        return seen.stream().filter(event -> event.opportunityId() == opportunityId).toList();
    }

    /** The members told of this opportunity. */
    List<Long> toldOf(long opportunityId) {
        return of(opportunityId).map(OpportunityMatched::memberIds).orElse(List.of());
    }
}
