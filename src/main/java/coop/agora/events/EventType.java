package coop.agora.events;

/** What kind of event it is; all but a member's own event are organized by the cooperative. */
public enum EventType {
    INFORMATION_SESSION,
    TOOL_TRAINING,
    WELCOME_BREAKFAST,
    NETWORKING,
    ASSEMBLY,
    MEMBER_EVENT;

    /** The text key of the type's name. */
    public String key() {
        return "events.type." + name();
    }

    public boolean byTheCooperative() {
        return this != MEMBER_EVENT;
    }
}
