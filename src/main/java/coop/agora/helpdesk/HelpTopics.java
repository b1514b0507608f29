package coop.agora.helpdesk;

import coop.agora.accounts.Pole;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The topics members may ask about; admins edit them, and archive those already asked about instead of deleting them. */
@Repository
class HelpTopics {

    private static final String COLUMNS = "id, pole, name_fr, name_nl, name_en, target_days";

    private final JdbcClient db;

    HelpTopics(JdbcClient db) {
        this.db = db;
    }

    List<HelpTopic> active() {
        return db.sql("select " + COLUMNS + " from helpdesk.topic where active order by position, id").query(HelpTopic.class).list();
    }

    List<HelpTopic> all() {
        return db.sql("select " + COLUMNS + " from helpdesk.topic order by position, id").query(HelpTopic.class).list();
    }

    Optional<HelpTopic> find(long id) {
        return db.sql("select " + COLUMNS + " from helpdesk.topic where id = ?").param(id).query(HelpTopic.class).optional();
    }

    Optional<HelpTopic> findActive(long id) {
        return db.sql("select " + COLUMNS + " from helpdesk.topic where id = ? and active").param(id).query(HelpTopic.class).optional();
    }

    /** Every topic with whether it is offered, for the admins' list. */
    List<EditableTopic> editable() {
        return db.sql("select " + COLUMNS + ", active from helpdesk.topic order by position, id").query(EditableTopic.class).list();
    }

    Optional<EditableTopic> findEditable(long id) {
        return db.sql("select " + COLUMNS + ", active from helpdesk.topic where id = ?").param(id).query(EditableTopic.class).optional();
    }

    void update(long id, Pole pole, String nameFr, String nameNl, String nameEn, int targetDays, boolean active) {
        db.sql("update helpdesk.topic set pole = ?, name_fr = ?, name_nl = ?, name_en = ?, target_days = ?, active = ? where id = ?")
                .params(pole.name(), nameFr, nameNl, nameEn, targetDays, active, id)
                .update();
    }

    /** Deletes a topic no request was ever asked about; returns false, leaving it, when one was. */
    boolean deleteUnused(long id) {
        return db.sql("delete from helpdesk.topic where id = ? and not exists (select 1 from helpdesk.request where topic_id = ?)")
                .params(id, id)
                .update() > 0;
    }

    void archive(long id) {
        db.sql("update helpdesk.topic set active = false where id = ?").param(id).update();
    }

    int nextPosition() {
        return db.sql("select coalesce(max(position), 0) + 1 from helpdesk.topic").query(Integer.class).single();
    }

    long count() {
        return db.sql("select count(*) from helpdesk.topic").query(Long.class).single();
    }

    long add(Pole pole, String nameFr, String nameNl, String nameEn, int targetDays, int position) {
        return add(pole, nameFr, nameNl, nameEn, targetDays, position, true);
    }

    long add(Pole pole, String nameFr, String nameNl, String nameEn, int targetDays, int position, boolean active) {
        return db.sql("""
                        insert into helpdesk.topic (pole, name_fr, name_nl, name_en, target_days, position, active)
                        values (?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(pole.name(), nameFr, nameNl, nameEn, targetDays, position, active)
                .query(Long.class)
                .single();
    }
}
