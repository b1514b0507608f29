package coop.agora.helpdesk;

import org.jspecify.annotations.Nullable;

/** The "ask a question" form; ids stay text so that a forged value gets a message, not an error page. */
public record AskForm(@Nullable String topicId, @Nullable String officeId, @Nullable String subject, @Nullable String body) {

    static AskForm empty() {
        return new AskForm("", "", "", "");
    }

    public String topic() {
        return topicId == null ? "" : topicId;
    }

    public String office() {
        return officeId == null ? "" : officeId;
    }

    public String subjectText() {
        return subject == null ? "" : subject;
    }

    public String bodyText() {
        return body == null ? "" : body;
    }

    static long parseId(@Nullable String value) {
        try {
            return value == null ? -1 : Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
