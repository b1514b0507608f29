package coop.agora.notifications;

import coop.agora.recommendations.RecommendationChanged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * What the recommendations tracker tells the members who follow a recommendation: that it changed,
 * and where to read how. The public history names a role rather than a person, so the notice names
 * no one either.
 */
@Component
class RecommendationNotifications {

    private final Notifications notifications;

    RecommendationNotifications(Notifications notifications) {
        this.notifications = notifications;
    }

    @EventListener
    void on(RecommendationChanged change) {
        var recipients = change.followers().stream().filter(follower -> follower != change.changedBy()).toList();
        notifications.notify(NotificationKind.RECOMMENDATION_CHANGED, recipients, null, change.title(),
                "/recommendations/" + change.recommendationId() + "#history");
    }
}
