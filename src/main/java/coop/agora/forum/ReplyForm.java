package coop.agora.forum;

/** A reply, or an edited post, as typed. */
public record ReplyForm(String body) {

    public ReplyForm {
        body = body == null ? "" : body;
    }
}
