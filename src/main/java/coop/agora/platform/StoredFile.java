package coop.agora.platform;

import java.time.Instant;

/** A file kept by the {@link FileStore}, without its content. */
public record StoredFile(long id, String module, long ownerId, String name, String contentType, long size, Instant createdAt) {}
