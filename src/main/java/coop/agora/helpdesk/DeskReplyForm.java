package coop.agora.helpdesk;

import org.jspecify.annotations.Nullable;

/**
 * What an advisor writes in a request: to the member, an internal note, or the summary of a phone
 * call; and where the request stands afterwards.
 */
public record DeskReplyForm(@Nullable String kind, @Nullable String body, @Nullable String after) {

    static DeskReplyForm empty() {
        return new DeskReplyForm("ADVISOR", "", "ANSWERED");
    }

    static DeskReplyForm withBody(String body) {
        return new DeskReplyForm("ADVISOR", body, "ANSWERED");
    }

    public String kindName() {
        return kind == null ? "ADVISOR" : kind;
    }

    public String bodyText() {
        return body == null ? "" : body;
    }

    public String afterName() {
        return after == null ? "ANSWERED" : after;
    }
}
