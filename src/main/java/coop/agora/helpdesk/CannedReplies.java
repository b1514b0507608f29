package coop.agora.helpdesk;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import coop.agora.accounts.Pole;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Ready-made replies in three languages, filled in for one request. */
@Repository
class CannedReplies {

    /** How long another server may show a pole's list after a change; this one forgets it at once. */
    static final Duration FRESHNESS = Duration.ofSeconds(30);

    private final JdbcClient db;
    /** Every advisor's request page lists its pole's replies, which change a few times a year. */
    private final LoadingCache<Pole, List<CannedReply>> byPole;

    CannedReplies(JdbcClient db) {
        this.db = db;
        this.byPole = Caffeine.newBuilder().expireAfterWrite(FRESHNESS).build(this::read);
    }

    /** The variables a reply may use, filled in for the request it answers. */
    static final List<String> VARIABLES = List.of("{member}", "{due}", "{reference}");

    private static final String COLUMNS = "id, title_fr, title_nl, title_en, body_fr, body_nl, body_en";

    /** The active replies for every pole and those of this pole. */
    List<CannedReply> forPole(Pole pole) {
        return byPole.get(pole);
    }

    private List<CannedReply> read(Pole pole) {
        return List.copyOf(db.sql("select " + COLUMNS + " from helpdesk.canned_reply where active and (pole is null or pole = ?) order by id")
                .param(pole.name())
                .query(CannedReply.class)
                .list());
    }

    Optional<CannedReply> findActive(long id) {
        return db.sql("select " + COLUMNS + " from helpdesk.canned_reply where id = ? and active").param(id).query(CannedReply.class).optional();
    }

    List<EditableReply> editable() {
        return db.sql("select pole, active, " + COLUMNS + " from helpdesk.canned_reply order by id").query(EditableReply.class).list();
    }

    Optional<EditableReply> findEditable(long id) {
        return db.sql("select pole, active, " + COLUMNS + " from helpdesk.canned_reply where id = ?").param(id).query(EditableReply.class).optional();
    }

    long add(@Nullable Pole pole, String titleFr, String titleNl, String titleEn, String bodyFr, String bodyNl, String bodyEn, boolean active) {
        var id = db.sql("""
                        insert into helpdesk.canned_reply (pole, title_fr, title_nl, title_en, body_fr, body_nl, body_en, active)
                        values (?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(pole == null ? null : pole.name(), titleFr, titleNl, titleEn, bodyFr, bodyNl, bodyEn, active)
                .query(Long.class)
                .single();
        byPole.invalidateAll();
        return id;
    }

    void update(long id, @Nullable Pole pole, String titleFr, String titleNl, String titleEn, String bodyFr, String bodyNl, String bodyEn,
            boolean active) {
        db.sql("""
                        update helpdesk.canned_reply set pole = ?, title_fr = ?, title_nl = ?, title_en = ?, body_fr = ?, body_nl = ?, body_en = ?,
                            active = ? where id = ?""")
                .params(pole == null ? null : pole.name(), titleFr, titleNl, titleEn, bodyFr, bodyNl, bodyEn, active, id)
                .update();
        byPole.invalidateAll();
    }

    /** The reply in the member's language with its variables filled in. */
    static String fill(CannedReply canned, Locale memberLanguage, String memberName, String due, long reference) {
        return canned.body(memberLanguage)
                .replace("{member}", memberName)
                .replace("{due}", due)
                .replace("{reference}", String.valueOf(reference));
    }
}
