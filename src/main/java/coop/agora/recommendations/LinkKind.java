package coop.agora.recommendations;

/** What a related page is. */
public enum LinkKind {
    FORUM_TOPIC,
    GROUP,
    EVENT,
    OTHER;

    public String key() {
        return "recommendations.link." + name();
    }
}
