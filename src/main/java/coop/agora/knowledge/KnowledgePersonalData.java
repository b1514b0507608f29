package coop.agora.knowledge;

import coop.agora.accounts.PersonalData;
import java.util.LinkedHashMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A person's part of the knowledge base. Erasure deletes their comments and keeps their answers
 * as anonymous counts; the articles they wrote, own or edited, their pictures, glossary words and
 * booklets stay, shown as by a former member.
 */
@Component
class KnowledgePersonalData implements PersonalData {

    private final JdbcClient db;

    KnowledgePersonalData(JdbcClient db) {
        this.db = db;
    }

    @Override
    public String section() {
        return "knowledge";
    }

    @Override
    public Object export(long memberId) {
        var data = new LinkedHashMap<String, Object>();
        data.put("feedback", db.sql("select article_id, helpful, comment, created_at from knowledge.feedback where member_id = ? order by id")
                .param(memberId).query().listOfRows());
        data.put("articlesWritten", db.sql("select id, group_id, language, title from knowledge.article where author_id = ? order by id")
                .param(memberId).query().listOfRows());
        data.put("articlesOwned", db.sql("select id, review_before from knowledge.article_group where owner_id = ? order by id")
                .param(memberId).query().listOfRows());
        data.put("versionsSaved", db.sql("select article_id, number, created_at from knowledge.article_version where editor_id = ? order by id")
                .param(memberId).query().listOfRows());
        data.put("glossaryTermsAdded", db.sql("select language, term, created_at from knowledge.glossary_term where created_by = ? order by id")
                .param(memberId).query().listOfRows());
        data.put("bookletsAssembled", db.sql("select office_id, year, created_at from knowledge.booklet where created_by = ? order by id")
                .param(memberId).query().listOfRows());
        data.put("bookletEditionsPublished", db.sql("""
                        select b.office_id, b.year, e.language, e.published_at from knowledge.booklet_edition e
                        join knowledge.booklet b on b.id = e.booklet_id where e.published_by = ? order by e.id""")
                .param(memberId).query().listOfRows());
        data.put("bookletEditionsRequested", db.sql("""
                        select b.office_id, b.year, p.status, p.requested_at from knowledge.booklet_publication p
                        join knowledge.booklet b on b.id = p.booklet_id where p.requested_by = ? order by p.id""")
                .param(memberId).query().listOfRows());
        data.put("picturesUploaded", db.sql("select file_id, created_at from knowledge.article_image where uploaded_by = ? order by file_id")
                .param(memberId).query().listOfRows());
        return data;
    }

    @Override
    public void erase(long memberId) {
        db.sql("update knowledge.feedback set member_id = null, comment = '' where member_id = ?").param(memberId).update();
        db.sql("update knowledge.article set author_id = null where author_id = ?").param(memberId).update();
        db.sql("update knowledge.article_group set owner_id = null where owner_id = ?").param(memberId).update();
        db.sql("update knowledge.article_version set editor_id = null where editor_id = ?").param(memberId).update();
        db.sql("update knowledge.article_image set uploaded_by = null where uploaded_by = ?").param(memberId).update();
        db.sql("update knowledge.glossary_term set created_by = null where created_by = ?").param(memberId).update();
        db.sql("update knowledge.booklet set created_by = null where created_by = ?").param(memberId).update();
        db.sql("update knowledge.booklet_edition set published_by = null where published_by = ?").param(memberId).update();
        db.sql("update knowledge.booklet_publication set requested_by = null where requested_by = ?").param(memberId).update();
    }
}
