package coop.agora.helpdesk;

import coop.agora.accounts.Pole;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Ready-made replies in three languages, filled in for one request. */
@Repository
class CannedReplies {

    private final JdbcClient db;

    CannedReplies(JdbcClient db) {
        this.db = db;
    }

    /** The replies for every pole and those of this pole. */
    List<CannedReply> forPole(Pole pole) {
        return db.sql("select id, title_fr, title_nl, title_en, body_fr, body_nl, body_en from helpdesk.canned_reply where pole is null or pole = ? order by id")
                .param(pole.name())
                .query(CannedReply.class)
                .list();
    }

    Optional<CannedReply> find(long id) {
        return db.sql("select id, title_fr, title_nl, title_en, body_fr, body_nl, body_en from helpdesk.canned_reply where id = ?")
                .param(id)
                .query(CannedReply.class)
                .optional();
    }

    /** The reply in the member's language with its variables filled in. */
    static String fill(CannedReply canned, Locale memberLanguage, String memberName, String due, long reference) {
        return canned.body(memberLanguage)
                .replace("{member}", memberName)
                .replace("{due}", due)
                .replace("{reference}", String.valueOf(reference));
    }
}
