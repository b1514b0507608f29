package coop.agora.notifications;

import coop.agora.accounts.Members;
import coop.agora.platform.Mailer;
import coop.agora.platform.PlatformSettings;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Mail about notifications, in each member's language: one mail at once, or a digest grouped by
 * kind. Only members with a confirmed address that the outbox has not given up on get mail; every
 * notification considered is marked as mailed in the same transaction as the outbox row, so none is
 * ever mailed twice, and none waits forever for an address that does not work.
 */
@Component
class NotificationMails {

    /** Lines per kind in a digest; the rest is counted, and waits in the notification centre. */
    static final int DIGEST_LINES_PER_KIND = 20;

    private final JdbcClient db;
    private final Members members;
    private final Mailer mailer;
    private final NotificationTexts texts;
    private final UnsubscribeLinks unsubscribe;
    private final PlatformSettings platform;

    NotificationMails(JdbcClient db, Members members, Mailer mailer, NotificationTexts texts, UnsubscribeLinks unsubscribe, PlatformSettings platform) {
        this.db = db;
        this.members = members;
        this.mailer = mailer;
        this.texts = texts;
        this.unsubscribe = unsubscribe;
        this.platform = platform;
    }

    /** Mails these notifications one by one; runs in the caller's transaction. */
    void sendAtOnce(List<NotificationRow> rows) {
        forReachableMembers(rows, (contact, own, names) -> {
            var views = texts.views(own, contact.language(), names);
            for (int i = 0; i < views.size(); i++) {
                var kind = own.get(i).knownKind().orElseThrow();
                var view = views.get(i);
                var link = unsubscribe.link(own.get(i).memberId(), kind);
                var body = new StringBuilder(view.title()).append('\n');
                if (view.subject() != null) {
                    body.append(view.subject()).append('\n');
                }
                body.append('\n').append(platform.link(view.link())).append("\n\n-- \n")
                        .append(texts.get("notifications.mail.why", contact.language(), texts.get(kind.labelKey(), contact.language()))).append('\n')
                        .append(texts.get("notifications.mail.stop", contact.language(), link)).append('\n')
                        .append(texts.get("notifications.mail.preferences", contact.language(), platform.link("/notifications/preferences"))).append('\n');
                mailer.send(contact.email(), view.title(), body.toString(), oneClick(link));
            }
        });
    }

    /** Mails a digest of these notifications, grouped by kind, to each member; runs in the caller's transaction. */
    void sendDigest(Delivery digest, List<NotificationRow> rows) {
        forReachableMembers(rows, (contact, own, names) -> {
            var unread = own.stream().filter(row -> row.readAt() == null).toList();
            if (unread.isEmpty()) {
                return;
            }
            var language = contact.language();
            var views = texts.views(unread, language, names);
            var byKind = new EnumMap<NotificationKind, List<NotificationView>>(NotificationKind.class);
            for (int i = 0; i < views.size(); i++) {
                byKind.computeIfAbsent(unread.get(i).knownKind().orElseThrow(), kind -> new ArrayList<>()).add(views.get(i));
            }
            var memberId = unread.get(0).memberId();
            var body = new StringBuilder(texts.get("notifications.digest.intro." + digest.name(), language)).append("\n\n");
            byKind.forEach((kind, list) -> {
                body.append("== ").append(texts.get(kind.labelKey(), language)).append(" (").append(list.size()).append(") ==\n\n");
                list.stream().sorted(Comparator.comparing(NotificationView::createdAt).reversed()).limit(DIGEST_LINES_PER_KIND).forEach(view -> {
                    body.append("- ").append(view.title());
                    if (view.subject() != null) {
                        body.append(" : ").append(view.subject());
                    }
                    body.append("\n  ").append(platform.link(view.link())).append('\n');
                });
                if (list.size() > DIGEST_LINES_PER_KIND) {
                    body.append(texts.get("notifications.digest.more", language, list.size() - DIGEST_LINES_PER_KIND, platform.link("/notifications"))).append('\n');
                }
                body.append(texts.get("notifications.digest.stopKind", language, texts.get(kind.labelKey(), language), unsubscribe.link(memberId, kind)))
                        .append("\n\n");
            });
            body.append("-- \n").append(texts.get("notifications.mail.preferences", language, platform.link("/notifications/preferences"))).append('\n');
            var subject = texts.get("notifications.digest.subject." + digest.name(), language, unread.size());
            mailer.send(contact.email(), subject, body.toString(), oneClick(unsubscribe.link(memberId, digest)));
        });
    }

    /** RFC 8058: mail programs offer a button that posts to the link, without opening a page. */
    private static Map<String, String> oneClick(String link) {
        var headers = new LinkedHashMap<String, String>();
        headers.put("List-Unsubscribe", "<" + link + ">");
        headers.put("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        return headers;
    }

    private interface Composer {
        void mail(Members.Contact contact, List<NotificationRow> own, Map<Long, String> names);
    }

    /** Calls the composer per member who can get mail, then marks every given notification as mailed. */
    private void forReachableMembers(List<NotificationRow> rows, Composer composer) {
        if (rows.isEmpty()) {
            return;
        }
        var byMember = rows.stream().collect(Collectors.groupingBy(NotificationRow::memberId, LinkedHashMap::new, Collectors.toList()));
        var contacts = members.contacts(byMember.keySet());
        Set<String> givenUp = mailer.givenUp(contacts.values().stream().map(Members.Contact::email).toList());
        // Names of who acted, once per language of the batch rather than once per member.
        var namesByLanguage = new HashMap<Locale, Map<Long, String>>();
        byMember.forEach((memberId, own) -> {
            var contact = contacts.get(memberId);
            if (contact != null && !givenUp.contains(contact.email())) {
                var names = namesByLanguage.computeIfAbsent(contact.language(), language -> texts.names(rows, language));
                composer.mail(contact, own.stream().filter(row -> row.knownKind().isPresent()).toList(), names);
            }
        });
        db.sql("update notifications.notification set mailed_at = now() where id = any(?)")
                .param(rows.stream().map(NotificationRow::id).toArray(Long[]::new))
                .update();
    }
}
