package coop.agora.helpdesk;

/** How a request reached the help desk. */
public enum Channel {
    WEB,
    PHONE,
    CALLBACK,
    EMAIL
}
