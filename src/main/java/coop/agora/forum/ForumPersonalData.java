package coop.agora.forum;

import coop.agora.accounts.PersonalData;
import jakarta.persistence.EntityManager;
import java.util.LinkedHashMap;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A member's part of the forum. Erasure keeps topics and replies, which others answered and quote,
 * but detaches them: they then show as written by a former member.
 */
@Component
class ForumPersonalData implements PersonalData {

    private final JdbcClient db;
    private final EntityManager entityManager;

    ForumPersonalData(JdbcClient db, EntityManager entityManager) {
        this.db = db;
        this.entityManager = entityManager;
    }

    @Override
    public String section() {
        return "forum";
    }

    @Override
    public Object export(long memberId) {
        var data = new LinkedHashMap<String, Object>();
        data.put("topics", db.sql("select id, title, language, created_at from forum.topic where author_id = ? order by id")
                .param(memberId).query().listOfRows());
        data.put("posts", db.sql("select id, topic_id, body, created_at, edited_at from forum.post where author_id = ? order by id")
                .param(memberId).query().listOfRows());
        data.put("pictures", db.sql("""
                        select i.post_id, i.file_id, i.alt_text from forum.post_image i join forum.post p on p.id = i.post_id
                        where p.author_id = ? order by i.post_id""")
                .param(memberId).query().listOfRows());
        data.put("thanked", db.sql("select post_id from forum.thanks where member_id = ? order by post_id")
                .param(memberId).query(Long.class).list());
        data.put("flags", db.sql("select post_id, reason, note, created_at, outcome from forum.flag where reporter_id = ? order by id")
                .param(memberId).query().listOfRows());
        data.put("watching", db.sql("select category_id, topic_id from forum.watch where member_id = ?")
                .param(memberId).query().listOfRows());
        data.put("moderates", db.sql("select category_id from forum.category_moderator where member_id = ?")
                .param(memberId).query(Long.class).list());
        return data;
    }

    @Override
    public void erase(long memberId) {
        db.sql("update forum.post p set thanks_count = thanks_count - 1 from forum.thanks t where t.post_id = p.id and t.member_id = ?")
                .param(memberId).update();
        db.sql("delete from forum.thanks where member_id = ?").param(memberId).update();
        db.sql("delete from forum.watch where member_id = ?").param(memberId).update();
        db.sql("delete from forum.topic_read where member_id = ?").param(memberId).update();
        db.sql("delete from forum.category_moderator where member_id = ?").param(memberId).update();
        db.sql("update forum.flag set reporter_id = null, note = '' where reporter_id = ?").param(memberId).update();
        db.sql("update forum.flag set resolved_by = null where resolved_by = ?").param(memberId).update();
        db.sql("update forum.topic set author_id = null where author_id = ?").param(memberId).update();
        db.sql("update forum.topic set last_author_id = null where last_author_id = ?").param(memberId).update();
        var posts = db.sql("update forum.post set author_id = null where author_id = ? returning id").param(memberId).query(Long.class).list();
        db.sql("update forum.post_revision set editor_id = null where editor_id = ?").param(memberId).update();
        db.sql("update forum.moderation_log set moderator_id = null where moderator_id = ?").param(memberId).update();
        db.sql("update forum.faq_entry set promoted_by = null where promoted_by = ?").param(memberId).update();
        db.sql("update forum.faq_entry set edited_by = null where edited_by = ?").param(memberId).update();
        // The search index must forget who wrote the posts too, or a search by author would still find them.
        var plan = Search.session(entityManager).indexingPlan();
        posts.forEach(id -> plan.addOrUpdate(entityManager.find(Post.class, id)));
    }
}
