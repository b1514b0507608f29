package coop.agora.helpdesk;

/** Why a promised date moved. */
public enum DueChangeReason {
    /** The member took time to answer a question: those business days are given back. */
    WAITED_FOR_MEMBER,
    /** The member wrote again after an answer: a new promise for the new question. */
    FOLLOW_UP,
    TRANSFERRED
}
