package coop.agora.knowledge;

import coop.agora.accounts.Members;
import coop.agora.platform.Mailer;
import coop.agora.platform.PlatformSettings;
import coop.agora.platform.Texts;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Tells owners, two weeks ahead and once per review date, which of their articles are due for review. */
@Service
class ReviewReminders {

    static final int DAYS_AHEAD = 14;

    private final JdbcClient db;
    private final Members members;
    private final Mailer mailer;
    private final Texts texts;
    private final PlatformSettings settings;

    ReviewReminders(JdbcClient db, Members members, Mailer mailer, Texts texts, PlatformSettings settings) {
        this.db = db;
        this.members = members;
        this.mailer = mailer;
        this.texts = texts;
        this.settings = settings;
    }

    /** Sends one mail per owner; returns how many owners were reminded. */
    @Transactional
    int remind(LocalDate today) {
        record Due(long groupId, long ownerId, LocalDate reviewBefore) {}
        var due = db.sql("""
                        update knowledge.article_group set review_reminded_on = ?
                        where review_before <= ? and review_reminded_on is null and owner_id is not null
                        returning id, owner_id, review_before""")
                .params(today, today.plusDays(DAYS_AHEAD))
                .query((row, n) -> new Due(row.getLong("id"), row.getLong("owner_id"), row.getDate("review_before").toLocalDate()))
                .list();
        var titles = new HashMap<Long, Map<String, String>>();
        db.sql("select group_id, language, title from knowledge.article where group_id = any(?)")
                .param(due.stream().map(Due::groupId).toArray(Long[]::new))
                .query(row -> {
                    titles.computeIfAbsent(row.getLong("group_id"), group -> new HashMap<>()).put(row.getString("language"), row.getString("title"));
                });
        var byOwner = new LinkedHashMap<Long, List<Due>>();
        due.forEach(each -> byOwner.computeIfAbsent(each.ownerId(), owner -> new ArrayList<>()).add(each));
        var contacts = members.contacts(byOwner.keySet());
        byOwner.forEach((owner, articles) -> {
            var contact = contacts.get(owner);
            if (contact == null) {
                return;
            }
            var language = contact.language();
            var lines = new StringBuilder();
            articles.forEach(article -> {
                var translations = titles.getOrDefault(article.groupId(), Map.of());
                var shown = translations.containsKey(language.getLanguage()) ? language.getLanguage()
                        : Stream.of("fr", "nl", "en").filter(translations::containsKey).findFirst().orElse("fr");
                lines.append("- ").append(translations.getOrDefault(shown, "")).append(" (")
                        .append(texts.get("knowledge.mail.review.before", language, article.reviewBefore())).append(")\n  ")
                        .append(settings.link("/knowledge/articles/" + article.groupId() + "/" + shown)).append('\n');
            });
            mailer.send(contact.email(), texts.get("knowledge.mail.review.subject", language, articles.size()),
                    texts.get("knowledge.mail.review.body", language, lines.toString().strip(), settings.link("/knowledge/manage")));
        });
        return contacts.size();
    }
}
