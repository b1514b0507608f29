package coop.agora.helpdesk;

/** A file under a message, as the conversation lists it. */
public record AttachedFile(long id, long messageId, String name, String contentType, long size) {}
