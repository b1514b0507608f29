package coop.agora.notifications;

import coop.agora.helpdesk.RequestAnswered;
import coop.agora.helpdesk.RequestMail;
import coop.agora.helpdesk.RequestStatus;
import coop.agora.helpdesk.RequestStatusChanged;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * What the help desk tells a member about their request: an answer, and a change of status made by
 * someone else. An answer already says that the request is answered, so that status is not told twice.
 * A member who gets these by mail at once gets the help desk's own mail, which carries the whole
 * answer and threads with the request; so does every request that came by mail. The notification
 * then stays in the notification centre only, so that one answer makes one mail.
 */
@Component
class HelpdeskNotifications {

    private final Notifications notifications;
    private final Preferences preferences;
    private final RequestMail requestMail;

    HelpdeskNotifications(Notifications notifications, Preferences preferences, RequestMail requestMail) {
        this.notifications = notifications;
        this.preferences = preferences;
        this.requestMail = requestMail;
    }

    @EventListener
    void on(RequestAnswered answer) {
        var member = answer.memberId();
        if (member == null) {
            return;
        }
        var mailed = requestMail.cameByMail(answer.requestId())
                || (mailsAtOnce(member, NotificationKind.HELPDESK_ANSWER) && requestMail.mailAnswer(answer.requestId(), answer.messageId()));
        notify(mailed, NotificationKind.HELPDESK_ANSWER, member, answer.advisorId(), answer.requestId());
    }

    @EventListener
    void on(RequestStatusChanged change) {
        var member = change.memberId();
        if (member != null && !member.equals(change.changedBy()) && change.status() != RequestStatus.ANSWERED) {
            var mailed = requestMail.cameByMail(change.requestId())
                    || (mailsAtOnce(member, NotificationKind.HELPDESK_STATUS) && requestMail.mailStatus(change.requestId(), change.status()));
            notify(mailed, NotificationKind.HELPDESK_STATUS, member, change.changedBy(), change.requestId());
        }
    }

    private boolean mailsAtOnce(long member, NotificationKind kind) {
        return preferences.of(member).get(kind) == Delivery.EMAIL_NOW;
    }

    private void notify(boolean mailed, NotificationKind kind, long member, @org.jspecify.annotations.Nullable Long actor, long requestId) {
        var link = "/help/requests/" + requestId;
        if (mailed) {
            notifications.notifyInApp(kind, List.of(member), actor, null, link);
        } else {
            notifications.notify(kind, List.of(member), actor, null, link);
        }
    }
}
