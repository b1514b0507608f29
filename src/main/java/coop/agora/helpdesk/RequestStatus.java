package coop.agora.helpdesk;

/** Where a request stands; members read it in plain words. */
public enum RequestStatus {
    RECEIVED,
    IN_PROGRESS,
    /** The advisor asked the member something: the promise clock is paused. */
    WAITING_MEMBER,
    ANSWERED,
    CLOSED;

    /** Text key of the status as members read it. */
    public String labelKey() {
        return "helpdesk.status." + name();
    }

    /** Still work for the cooperative: the promise runs. */
    public boolean awaitsAdvisor() {
        return this == RECEIVED || this == IN_PROGRESS;
    }
}
