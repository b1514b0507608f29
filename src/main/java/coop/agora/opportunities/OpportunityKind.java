package coop.agora.opportunities;

/** What an opportunity offers. */
public enum OpportunityKind {
    MISSION,
    CALL_FOR_PROJECTS,
    GRANT,
    PARTNER,
    PREMISES;

    public String key() {
        return "opportunities.kind." + name();
    }
}
