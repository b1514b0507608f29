package coop.agora.notifications;

import coop.agora.forum.MemberMentioned;
import coop.agora.forum.ReplyPosted;
import coop.agora.forum.TopicStarted;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * What the forum tells members. Listening inside the forum's transaction only records the event;
 * the fan-out to every watcher happens after the commit, in the background.
 */
@Component
class ForumNotifications {

    private final Notifications notifications;

    ForumNotifications(Notifications notifications) {
        this.notifications = notifications;
    }

    @EventListener
    void on(ReplyPosted reply) {
        notifications.notify(NotificationKind.FORUM_REPLY, reply.watchers(), reply.authorId(), null, postLink(reply.topicId(), reply.postId()));
    }

    @EventListener
    void on(TopicStarted topic) {
        notifications.notify(NotificationKind.FORUM_TOPIC, topic.watchers(), topic.authorId(), null, "/forum/t/" + topic.topicId());
    }

    @EventListener
    void on(MemberMentioned mention) {
        notifications.notify(NotificationKind.FORUM_MENTION, List.of(mention.memberId()), mention.byMemberId(), null,
                postLink(mention.topicId(), mention.postId()));
    }

    /** The page of the topic that starts with the post, as the forum links to a new reply. */
    private static String postLink(long topicId, long postId) {
        return "/forum/t/" + topicId + "?after=" + (postId - 1) + "#post-" + postId;
    }
}
