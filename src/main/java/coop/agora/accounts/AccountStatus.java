package coop.agora.accounts;

/** An account's life: waiting for its address to be confirmed, active, blocked by an admin, or erased. */
enum AccountStatus {
    PENDING,
    ACTIVE,
    DISABLED,
    ERASED
}
