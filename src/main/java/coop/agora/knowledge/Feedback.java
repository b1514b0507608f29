package coop.agora.knowledge;

import coop.agora.accounts.Members;
import coop.agora.platform.Mailer;
import coop.agora.platform.PlatformSettings;
import coop.agora.platform.Texts;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** "Was this helpful?": readers' answers count for the editors' lists; a comment reaches the article's owner by mail. */
@Service
class Feedback {

    static final int MAX_COMMENT = 1000;

    private final JdbcClient db;
    private final Members members;
    private final Mailer mailer;
    private final Texts texts;
    private final PlatformSettings settings;

    Feedback(JdbcClient db, Members members, Mailer mailer, Texts texts, PlatformSettings settings) {
        this.db = db;
        this.members = members;
        this.mailer = mailer;
        this.texts = texts;
        this.settings = settings;
    }

    /**
     * Records an answer about a published article; false when there is no such article. A member
     * has one answer per guide: a new one, in any of its languages, replaces the earlier one.
     */
    @Transactional
    boolean record(long articleId, boolean helpful, String comment, long memberId) {
        record Target(long groupId, String language, String title, Long ownerId) {}
        // Locking the guide keeps two answers sent at once from both counting.
        var target = db.sql("""
                        select a.group_id, a.language, a.title, g.owner_id
                        from knowledge.article a join knowledge.article_group g on g.id = a.group_id
                        where a.id = ? and a.status = 'PUBLISHED' for update of g""")
                .param(articleId)
                .query((row, n) -> new Target(row.getLong("group_id"), row.getString("language"), row.getString("title"),
                        (Long) row.getObject("owner_id")))
                .optional();
        if (target.isEmpty()) {
            return false;
        }
        db.sql("""
                        with earlier as (
                            delete from knowledge.feedback where group_id = ? and member_id = ? returning article_id, helpful)
                        update knowledge.article a
                        set helpful = greatest(a.helpful - (case when e.helpful then 1 else 0 end), 0),
                            not_helpful = greatest(a.not_helpful - (case when e.helpful then 0 else 1 end), 0)
                        from earlier e where a.id = e.article_id""")
                .params(target.get().groupId(), memberId)
                .update();
        db.sql("update knowledge.article set helpful = helpful + ?, not_helpful = not_helpful + ? where id = ?")
                .params(helpful ? 1 : 0, helpful ? 0 : 1, articleId)
                .update();
        db.sql("insert into knowledge.feedback (article_id, group_id, member_id, helpful, comment) values (?, ?, ?, ?, ?)")
                .params(articleId, target.get().groupId(), memberId, helpful, comment)
                .update();
        var owner = target.get().ownerId();
        if (!comment.isEmpty() && owner != null) {
            var contact = members.contacts(List.of(owner)).get(owner);
            if (contact != null) {
                var language = contact.language();
                var link = settings.link("/knowledge/articles/" + target.get().groupId() + "/" + target.get().language());
                mailer.send(contact.email(), texts.get("knowledge.mail.feedback.subject", language, target.get().title()),
                        texts.get("knowledge.mail.feedback.body", language, target.get().title(),
                                texts.get(helpful ? "knowledge.helpful.yes" : "knowledge.helpful.no", language), comment, link));
            }
        }
        return true;
    }
}
