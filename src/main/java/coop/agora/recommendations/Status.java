package coop.agora.recommendations;

/** Where a recommendation stands; done and declined close it, every other status leaves it open. */
public enum Status {
    RECEIVED,
    UNDER_STUDY,
    ACCEPTED,
    IN_PROGRESS,
    DONE,
    DECLINED;

    public boolean open() {
        return this != DONE && this != DECLINED;
    }

    public String key() {
        return "recommendations.status." + name();
    }

    /** The name of the status in CSS classes, such as {@code in-progress}. */
    public String css() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
