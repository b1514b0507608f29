package coop.agora.notifications;

import coop.agora.accounts.Members;
import coop.agora.platform.Texts;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Component;

/** Renders notifications in a reader's language, with the names of who acted looked up in one query. */
@Component
class NotificationTexts {

    private final Texts texts;
    private final Members members;

    NotificationTexts(Texts texts, Members members) {
        this.texts = texts;
        this.members = members;
    }

    List<NotificationView> views(List<NotificationRow> rows, Locale locale) {
        return views(rows, locale, names(rows, locale));
    }

    /** The names of who acted in these notifications, for rendering many members' notifications with one query. */
    Map<Long, String> names(List<NotificationRow> rows, Locale locale) {
        return members.displayNames(rows.stream().map(NotificationRow::actorId).filter(Objects::nonNull).distinct().toList(), locale);
    }

    List<NotificationView> views(List<NotificationRow> rows, Locale locale, Map<Long, String> names) {
        var former = texts.get("accounts.formerMember", locale);
        return rows.stream()
                .flatMap(row -> row.knownKind().stream().map(kind -> new NotificationView(
                        row.id(),
                        texts.get(kind.titleKey(), locale, row.actorId() == null ? former : names.getOrDefault(row.actorId(), former)),
                        row.subject(),
                        row.link(),
                        row.createdAt(),
                        row.readAt() == null)))
                .toList();
    }

    String get(String key, Locale locale, Object... arguments) {
        return texts.get(key, locale, arguments);
    }
}
