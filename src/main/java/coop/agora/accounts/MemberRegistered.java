package coop.agora.accounts;

/** Someone confirmed their address and became a member. */
public record MemberRegistered(long memberId) {}
