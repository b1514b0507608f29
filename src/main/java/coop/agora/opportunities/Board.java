package coop.agora.opportunities;

import coop.agora.platform.Viewer;
import coop.agora.platform.web.FormErrors;
import java.util.Objects;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Publishing, editing, closing and marking filled; publishing, and editing what decides who fits, queue the matching
 * that tells the members who fit.
 */
@Service
class Board {

    private final BoardRules rules;
    private final Opportunities opportunities;
    private final PublicationMatching matching;

    Board(BoardRules rules, Opportunities opportunities, PublicationMatching matching) {
        this.rules = rules;
        this.opportunities = opportunities;
        this.matching = matching;
    }

    /** A form that breaks a rule; nothing was saved. */
    static final class Refused extends RuntimeException {

        private final transient FormErrors errors;

        Refused(FormErrors errors) {
            super(null, null, false, false);
            this.errors = errors;
        }

        FormErrors errors() {
            return errors;
        }
    }

    @Transactional
    long publish(Viewer author, OpportunityForm form) {
        var checked = checked(author, form);
        var id = opportunities.insert(checked, author.id());
        matchAfterCommit(id);
        return id;
    }

    /** Saves the changes; when they change who fits, matching runs again for the members who now fit and were not told yet. */
    @Transactional
    void edit(Viewer author, Opportunity opportunity, OpportunityForm form) {
        var checked = checked(author, form);
        // Queued before the opportunity is updated: a matching of it under way holds the queue's row and then writes
        // the opportunity's, so taking them in the same order waits for it instead of deadlocking.
        if (changesWhoFits(opportunity, checked) && opportunities.knowsWhoWasTold(opportunity.id())) {
            matchAfterCommit(opportunity.id());
        }
        opportunities.update(opportunity.id(), checked);
    }

    /** Whether the skills, the place or the languages changed: what matching looks at. */
    static boolean changesWhoFits(Opportunity before, Checked after) {
        return !Set.copyOf(before.skillIds()).equals(after.skillIds())
                || !before.placeKind().equals(after.placeKind())
                || !Objects.equals(before.townId(), after.town() == null ? null : after.town().id())
                || before.region() != after.region()
                || !Set.copyOf(before.languages()).equals(Set.copyOf(after.languages()));
    }

    private void matchAfterCommit(long id) {
        matching.enqueue(id);
        // Matching reads the whole directory: it runs once the opportunity is committed, off the request.
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                matching.soon();
            }
        });
    }

    @Transactional
    void close(Opportunity opportunity) {
        opportunities.setStatus(opportunity.id(), "CLOSED");
    }

    @Transactional
    void markFilled(Opportunity opportunity) {
        opportunities.setStatus(opportunity.id(), "FILLED");
    }

    private Checked checked(Viewer author, OpportunityForm form) {
        var outcome = rules.check(form, author, BoardRules.today());
        if (outcome.checked() == null) {
            throw new Refused(outcome.errors());
        }
        return outcome.checked();
    }
}
