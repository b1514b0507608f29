package coop.agora.notifications;

import coop.agora.helpdesk.RequestAnswered;
import coop.agora.helpdesk.RequestStatus;
import coop.agora.helpdesk.RequestStatusChanged;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * What the help desk tells a member about their request: an answer, and a change of status made by
 * someone else. An answer already says that the request is answered, so that status is not told twice.
 */
@Component
class HelpdeskNotifications {

    private final Notifications notifications;

    HelpdeskNotifications(Notifications notifications) {
        this.notifications = notifications;
    }

    @EventListener
    void on(RequestAnswered answer) {
        if (answer.memberId() != null) {
            notifications.notify(NotificationKind.HELPDESK_ANSWER, List.of(answer.memberId()), answer.advisorId(), null,
                    requestLink(answer.requestId()));
        }
    }

    @EventListener
    void on(RequestStatusChanged change) {
        var member = change.memberId();
        if (member != null && !member.equals(change.changedBy()) && change.status() != RequestStatus.ANSWERED) {
            notifications.notify(NotificationKind.HELPDESK_STATUS, List.of(member), change.changedBy(), null, requestLink(change.requestId()));
        }
    }

    private static String requestLink(long requestId) {
        return "/help/requests/" + requestId;
    }
}
