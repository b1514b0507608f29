package coop.agora.helpdesk;

import org.jspecify.annotations.Nullable;

/** A help desk topic as an admin fills it in; every field as typed, checked by {@link HelpdeskCatalog}. */
public record TopicForm(
        @Nullable String nameFr,
        @Nullable String nameNl,
        @Nullable String nameEn,
        @Nullable String pole,
        @Nullable String targetDays,
        @Nullable String active) {

    static TopicForm empty() {
        return new TopicForm("", "", "", "", "3", "true");
    }

    static TopicForm of(EditableTopic topic) {
        return new TopicForm(topic.nameFr(), topic.nameNl(), topic.nameEn(), topic.pole().name(), String.valueOf(topic.targetDays()),
                String.valueOf(topic.active()));
    }

    public String text(@Nullable String value) {
        return value == null ? "" : value;
    }

    public boolean isActive() {
        return "true".equals(active) || "on".equals(active);
    }
}
