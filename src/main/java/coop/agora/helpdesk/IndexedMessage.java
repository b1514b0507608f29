package coop.agora.helpdesk;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/** A message as the desk search reads it: only its kind and text, never written through this mapping. */
@Entity
@Immutable
@Table(schema = "helpdesk", name = "message")
class IndexedMessage {

    @Id
    private long id;

    private String kind = "";

    private String body = "";

    protected IndexedMessage() {}

    boolean note() {
        return MessageKind.NOTE.name().equals(kind);
    }

    String body() {
        return body;
    }
}
