package coop.agora.helpdesk;

/** A file sent with a request or reply, before it is checked; its name says nothing about what it is. */
public record IncomingFile(String name, byte[] bytes) {}
