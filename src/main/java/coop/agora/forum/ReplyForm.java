package coop.agora.forum;

/** A reply, or an edited post, as typed, and the description of its picture, if any. */
public record ReplyForm(String body, String imageAlt) {

    public ReplyForm {
        body = body == null ? "" : body;
        imageAlt = imageAlt == null ? "" : imageAlt;
    }

    static ReplyForm of(String body) {
        return new ReplyForm(body, "");
    }
}
