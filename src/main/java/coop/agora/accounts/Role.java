package coop.agora.accounts;

/** What a person may do in Agora; a person may hold several roles. */
public enum Role {
    MEMBER,
    ADVISOR,
    MODERATOR,
    ADMIN
}
