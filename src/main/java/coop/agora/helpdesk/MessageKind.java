package coop.agora.helpdesk;

/** Who wrote a message of a request and who may read it. */
public enum MessageKind {
    MEMBER,
    ADVISOR,
    /** Between advisors only; never shown to the member. */
    NOTE,
    /** A phone call logged by an advisor; the member sees it in their conversation. */
    PHONE;

    public boolean visibleToMember() {
        return this != NOTE;
    }
}
