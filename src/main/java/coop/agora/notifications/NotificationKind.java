package coop.agora.notifications;

/**
 * What a notification is about, with what a member gets until they choose otherwise. Digests are
 * opt-in; an answer to one's own request matters enough to be mailed at once. Adding a kind takes
 * a constant here, its texts ({@code notifications.kind.<NAME>} and {@code .title}) and a listener
 * method that calls {@link Notifications#notify}.
 */
public enum NotificationKind {
    FORUM_MENTION(Delivery.IN_APP),
    FORUM_REPLY(Delivery.IN_APP),
    FORUM_TOPIC(Delivery.IN_APP),
    GROUP_EVENT(Delivery.IN_APP),
    HELPDESK_ANSWER(Delivery.EMAIL_NOW),
    HELPDESK_STATUS(Delivery.IN_APP),
    RECOMMENDATION_CHANGED(Delivery.IN_APP),
    OPPORTUNITY_MATCH(Delivery.IN_APP);

    private final Delivery byDefault;

    NotificationKind(Delivery byDefault) {
        this.byDefault = byDefault;
    }

    public Delivery byDefault() {
        return byDefault;
    }

    /** Text key of the kind's name, as in the preferences. */
    public String labelKey() {
        return "notifications.kind." + name();
    }

    /** Text key of a notification's title; {@code {0}} is who acted. */
    public String titleKey() {
        return "notifications.kind." + name() + ".title";
    }
}
