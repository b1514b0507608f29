package coop.agora.helpdesk;

/** How close a request still to be answered is to its promised date. */
public enum Urgency {
    ON_TRACK,
    /** Due within one business day. */
    AT_RISK,
    BREACHED,
    /** Not the cooperative's turn: waiting for the member, answered or closed. */
    NONE;

    public String labelKey() {
        return "helpdesk.urgency." + name();
    }
}
