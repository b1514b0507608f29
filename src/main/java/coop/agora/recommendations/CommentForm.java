package coop.agora.recommendations;

/** A member's comment on a recommendation, in Markdown. */
public record CommentForm(String body) {

    public CommentForm {
        body = body == null ? "" : body;
    }
}
