package coop.agora.notifications;

import coop.agora.events.GroupEventPlanned;
import coop.agora.groups.Groups;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** What member groups tell their members: a new event in the group. */
@Component
class GroupNotifications {

    private final Notifications notifications;
    private final Groups groups;

    GroupNotifications(Notifications notifications, Groups groups) {
        this.notifications = notifications;
        this.groups = groups;
    }

    @EventListener
    void on(GroupEventPlanned event) {
        notifications.notify(NotificationKind.GROUP_EVENT, groups.memberIds(event.groupId()), event.organizerId(), event.title(),
                "/events/" + event.eventId());
    }
}
