package coop.agora.groups;

/** How a member gets in: at once, once an organizer accepts, or only when invited. */
public enum Joining {
    OPEN,
    REQUEST,
    INVITATION;

    public String key() {
        return "groups.joining." + name();
    }
}
