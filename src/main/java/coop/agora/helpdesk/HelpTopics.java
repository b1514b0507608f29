package coop.agora.helpdesk;

import coop.agora.accounts.Pole;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

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

    long count() {
        return db.sql("select count(*) from helpdesk.topic").query(Long.class).single();
    }

    long add(Pole pole, String nameFr, String nameNl, String nameEn, int targetDays, int position) {
        return db.sql("""
                        insert into helpdesk.topic (pole, name_fr, name_nl, name_en, target_days, position)
                        values (?, ?, ?, ?, ?, ?) returning id""")
                .params(pole.name(), nameFr, nameNl, nameEn, targetDays, position)
                .query(Long.class)
                .single();
    }
}
