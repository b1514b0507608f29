package coop.agora.helpdesk;

/** What became of a mail read from a mailbox. */
enum MailOutcome {
    NEW_REQUEST,
    REPLY,
    /** The reply asked to close its request. */
    CLOSED,
    /** It answered a request its sender is not part of: it became a request of its own, flagged for advisors. */
    FOREIGN,
    /** Written by a program; noted on its request if it matched one, never answered. */
    AUTO_REPLY,
    BOUNCE,
    /** The same mail again, through another mailbox. */
    DUPLICATE,
    /** Nothing could be made of it; it stays in the mailbox for a person to read. */
    UNREADABLE
}
