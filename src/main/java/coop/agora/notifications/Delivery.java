package coop.agora.notifications;

/** How a member hears of a kind of notification; every choice keeps it in the notification centre too. */
public enum Delivery {
    IN_APP,
    EMAIL_NOW,
    DAILY_DIGEST,
    WEEKLY_DIGEST;

    /** Text key of the choice, as a member reads it. */
    public String labelKey() {
        return "notifications.delivery." + name();
    }

    boolean digest() {
        return this == DAILY_DIGEST || this == WEEKLY_DIGEST;
    }
}
