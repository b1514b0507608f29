package coop.agora.knowledge;

import coop.agora.accounts.Members;
import coop.agora.platform.Mailer;
import coop.agora.platform.PlatformSettings;
import coop.agora.platform.Texts;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
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
        record Due(long groupId, long ownerId, LocalDate reviewBefore, String title, String language) {}
        var due = db.sql("""
                        update knowledge.article_group g set review_reminded_on = ?
                        where g.review_before <= ? and g.review_reminded_on is null and g.owner_id is not null
                        returning g.id, g.owner_id, g.review_before,
                          (select a.title from knowledge.article a where a.group_id = g.id
                           order by array_position(array['fr', 'nl', 'en'], a.language) limit 1) as title,
                          (select a.language from knowledge.article a where a.group_id = g.id
                           order by array_position(array['fr', 'nl', 'en'], a.language) limit 1) as language""")
                .params(today, today.plusDays(DAYS_AHEAD))
                .query((row, n) -> new Due(row.getLong("id"), row.getLong("owner_id"), row.getDate("review_before").toLocalDate(),
                        String.valueOf(row.getString("title")), String.valueOf(row.getString("language"))))
                .list();
        var byOwner = new LinkedHashMap<Long, List<Due>>();
        due.forEach(each -> byOwner.computeIfAbsent(each.ownerId(), owner -> new java.util.ArrayList<>()).add(each));
        var contacts = members.contacts(byOwner.keySet());
        byOwner.forEach((owner, articles) -> {
            var contact = contacts.get(owner);
            if (contact == null) {
                return;
            }
            var language = contact.language();
            var lines = new StringBuilder();
            articles.forEach(article -> lines.append("- ").append(article.title()).append(" (")
                    .append(texts.get("knowledge.mail.review.before", language, article.reviewBefore())).append(")\n  ")
                    .append(settings.link("/knowledge/articles/" + article.groupId() + "/" + article.language())).append('\n'));
            mailer.send(contact.email(), texts.get("knowledge.mail.review.subject", language, articles.size()),
                    texts.get("knowledge.mail.review.body", language, lines.toString().strip(), settings.link("/knowledge/manage")));
        });
        return contacts.size();
    }
}
