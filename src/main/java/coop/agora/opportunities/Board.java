package coop.agora.opportunities;

import coop.agora.platform.Viewer;
import coop.agora.platform.web.FormErrors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Publishing, editing, closing and marking filled; publishing tells the members who fit. */
@Service
class Board {

    private final BoardRules rules;
    private final Opportunities opportunities;
    private final BoardMatching matching;
    private final ApplicationEventPublisher events;

    Board(BoardRules rules, Opportunities opportunities, BoardMatching matching, ApplicationEventPublisher events) {
        this.rules = rules;
        this.opportunities = opportunities;
        this.matching = matching;
        this.events = events;
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
        var told = matching.toTell(checked, author.id());
        opportunities.setReached(id, told.size());
        if (!told.isEmpty()) {
            events.publishEvent(new OpportunityMatched(id, checked.title(), told));
        }
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
