package coop.agora.helpdesk;

import org.jspecify.annotations.Nullable;

/** A canned reply as an admin fills it in; an empty pole means every pole. Checked by {@link HelpdeskCatalog}. */
public record CannedReplyForm(
        @Nullable String titleFr,
        @Nullable String titleNl,
        @Nullable String titleEn,
        @Nullable String bodyFr,
        @Nullable String bodyNl,
        @Nullable String bodyEn,
        @Nullable String pole,
        @Nullable String active) {

    static CannedReplyForm empty() {
        return new CannedReplyForm("", "", "", "", "", "", "", "true");
    }

    static CannedReplyForm of(EditableReply reply) {
        return new CannedReplyForm(reply.titleFr(), reply.titleNl(), reply.titleEn(), reply.bodyFr(), reply.bodyNl(), reply.bodyEn(),
                reply.pole() == null ? "" : reply.pole().name(), String.valueOf(reply.active()));
    }

    public String text(@Nullable String value) {
        return value == null ? "" : value;
    }

    public boolean isActive() {
        return "true".equals(active) || "on".equals(active);
    }
}
