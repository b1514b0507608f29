package coop.agora.accounts;

/** A member erased their account; their content stays, shown as by a former member. */
public record MemberErased(long memberId) {}
