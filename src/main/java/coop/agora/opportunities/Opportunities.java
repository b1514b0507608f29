package coop.agora.opportunities;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The opportunities as stored, written and read one at a time. */
@Repository
class Opportunities {

    static final String COLUMNS = """
            o.id, o.kind, o.title, o.description, o.author_id, o.by_cooperative, o.audience, o.place_kind, o.town_id, o.town_fr,
            o.town_nl, o.region, o.languages, o.budget, o.deadline, o.status, o.hidden, o.reached, o.created_at,
            array(select s.skill_id from opportunities.opportunity_skill s where s.opportunity_id = o.id order by s.skill_id) as skills""";

    private final JdbcClient db;

    Opportunities(JdbcClient db) {
        this.db = db;
    }

    Optional<Opportunity> find(long id) {
        return db.sql("select " + COLUMNS + " from opportunities.opportunity o where o.id = ?").param(id).query(Opportunities::read).optional();
    }

    /** Everything an author published, newest first, whatever its state: their archive. */
    List<Opportunity> byAuthor(long authorId) {
        return db.sql("select " + COLUMNS + " from opportunities.opportunity o where o.author_id = ? order by o.id desc")
                .param(authorId)
                .query(Opportunities::read)
                .list();
    }

    long insert(Checked checked, long authorId) {
        var id = db.sql("""
                        insert into opportunities.opportunity (kind, title, description, author_id, by_cooperative, audience, place_kind, town_id,
                            town_fr, town_nl, latitude, longitude, region, languages, budget, deadline, search_text)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(checked.kind().name(), checked.title(), checked.description(), authorId, checked.byCooperative(), checked.audience(),
                        checked.placeKind(), checked.town() == null ? null : checked.town().id(),
                        checked.town() == null ? null : checked.town().nameFr(), checked.town() == null ? null : checked.town().nameNl(),
                        checked.town() == null ? null : checked.town().latitude(), checked.town() == null ? null : checked.town().longitude(),
                        checked.region() == null ? null : checked.region().name(), checked.languages().toArray(String[]::new), checked.budget(),
                        checked.deadline(), checked.searchText())
                .query(Long.class)
                .single();
        saveSkills(id, checked);
        return id;
    }

    void update(long id, Checked checked) {
        db.sql("""
                        update opportunities.opportunity set kind = ?, title = ?, description = ?, by_cooperative = ?, audience = ?, place_kind = ?,
                            town_id = ?, town_fr = ?, town_nl = ?, latitude = ?, longitude = ?, region = ?, languages = ?, budget = ?, deadline = ?,
                            search_text = ?, updated_at = now()
                        where id = ?""")
                .params(checked.kind().name(), checked.title(), checked.description(), checked.byCooperative(), checked.audience(),
                        checked.placeKind(), checked.town() == null ? null : checked.town().id(),
                        checked.town() == null ? null : checked.town().nameFr(), checked.town() == null ? null : checked.town().nameNl(),
                        checked.town() == null ? null : checked.town().latitude(), checked.town() == null ? null : checked.town().longitude(),
                        checked.region() == null ? null : checked.region().name(), checked.languages().toArray(String[]::new), checked.budget(),
                        checked.deadline(), checked.searchText(), id)
                .update();
        db.sql("delete from opportunities.opportunity_skill where opportunity_id = ?").param(id).update();
        saveSkills(id, checked);
    }

    void setStatus(long id, String status) {
        db.sql("update opportunities.opportunity set status = ?, updated_at = now() where id = ?").params(status, id).update();
    }

    void setHidden(long id, boolean hidden) {
        db.sql("update opportunities.opportunity set hidden = ?, updated_at = now() where id = ?").params(hidden, id).update();
    }

    /**
     * Whether the members told of the opportunity are on record: not for one that reached members
     * before the record was kept, which matching again would tell a second time.
     */
    boolean knowsWhoWasTold(long id) {
        return db.sql("""
                        select o.reached = 0 or exists (select 1 from opportunities.told t where t.opportunity_id = o.id)
                        from opportunities.opportunity o where o.id = ?""")
                .param(id)
                .query(Boolean.class)
                .single();
    }

    /**
     * Notes that these members are told of the opportunity and counts them among those reached; gives
     * those not told of it before, in the order given.
     */
    List<Long> tell(long id, List<Long> memberIds) {
        var newly = Set.copyOf(db.sql("""
                        insert into opportunities.told (opportunity_id, member_id) select ?, unnest(?)
                        on conflict do nothing returning member_id""")
                .params(id, memberIds.toArray(Long[]::new))
                .query(Long.class)
                .list());
        if (!newly.isEmpty()) {
            db.sql("update opportunities.opportunity set reached = reached + ? where id = ?").params(newly.size(), id).update();
        }
        return memberIds.stream().filter(newly::contains).toList();
    }

    private void saveSkills(long id, Checked checked) {
        db.sql("insert into opportunities.opportunity_skill (opportunity_id, skill_id) select ?, unnest(?)")
                .params(id, checked.skillIds().toArray(Long[]::new))
                .update();
    }

    static Opportunity read(ResultSet row, int number) throws SQLException {
        var region = row.getString("region");
        return new Opportunity(
                row.getLong("id"),
                OpportunityKind.valueOf(row.getString("kind")),
                row.getString("title"),
                row.getString("description"),
                row.getObject("author_id", Long.class),
                row.getBoolean("by_cooperative"),
                row.getString("audience"),
                row.getString("place_kind"),
                row.getObject("town_id", Long.class),
                row.getString("town_fr"),
                row.getString("town_nl"),
                region == null ? null : Region.valueOf(region),
                List.of((String[]) row.getArray("languages").getArray()),
                row.getString("budget"),
                row.getObject("deadline", LocalDate.class),
                row.getString("status"),
                row.getBoolean("hidden"),
                row.getInt("reached"),
                row.getTimestamp("created_at").toInstant(),
                List.of((Long[]) row.getArray("skills").getArray()));
    }
}
