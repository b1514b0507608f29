package coop.agora.opportunities;

import coop.agora.platform.Viewer;
import coop.agora.platform.web.FormErrors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Publishing, editing, closing and marking filled; publishing queues the matching that tells the members who fit. */
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
        matching.enqueue(id);
        // Matching reads the whole directory: it runs once this publication is committed, off the request.
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                matching.soon();
            }
        });
        return id;
    }

    @Transactional
    void edit(Viewer author, Opportunity opportunity, OpportunityForm form) {
        opportunities.update(opportunity.id(), checked(author, form));
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
