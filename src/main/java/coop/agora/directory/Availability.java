package coop.agora.directory;

/** What a member says they are available for; each is a filter of the directory. */
public enum Availability {
    OPEN_TO_MISSIONS("openToMissions"),
    OPEN_TO_COLLABORATE("openToCollaborate"),
    OFFERS_MENTORING("offersMentoring");

    private final String field;

    Availability(String field) {
        this.field = field;
    }

    /** The name of the indexed flag, also the end of its text key. */
    public String field() {
        return field;
    }

    public String labelKey() {
        return "directory.availability." + field;
    }
}
