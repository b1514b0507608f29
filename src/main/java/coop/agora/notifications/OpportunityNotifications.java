package coop.agora.notifications;

import coop.agora.opportunities.OpportunityMatched;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells members who fit a new opportunity and asked to hear of such. The author is not named: an
 * opportunity may be published in the name of the cooperative, and the title says enough.
 */
@Component
class OpportunityNotifications {

    private final Notifications notifications;

    OpportunityNotifications(Notifications notifications) {
        this.notifications = notifications;
    }

    @EventListener
    void on(OpportunityMatched matched) {
        notifications.notify(NotificationKind.OPPORTUNITY_MATCH, matched.memberIds(), null, matched.title(),
                "/opportunities/" + matched.opportunityId());
    }
}
