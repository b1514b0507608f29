package coop.agora.groups;

import coop.agora.offices.Offices;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reading groups and memberships. */
@Repository
class GroupRecords {

    private static final String COLUMNS = """
            g.id, g.name, g.kind, g.office_id, g.town, g.description, g.description_html, g.languages, g.joining, g.status,
            g.proposed_by, g.refusal_reason, g.forum_path, g.member_count, g.created_at""";

    private final JdbcClient db;
    private final Offices offices;

    GroupRecords(JdbcClient db, Offices offices) {
        this.db = db;
        this.offices = offices;
    }

    Optional<Group> find(long id, Locale locale) {
        return db.sql("select " + COLUMNS + " from groups.member_group g where g.id = ?")
                .param(id)
                .query((row, number) -> group(row, locale))
                .optional();
    }

    /** Approved groups, of one kind or all, by name. */
    List<Group> approved(@Nullable GroupKind kind, Locale locale) {
        return db.sql("select " + COLUMNS + " from groups.member_group g where g.status = 'APPROVED' and (?::text is null or g.kind = ?)"
                        + " order by g.kind, lower(g.name), g.id")
                .params(kind == null ? null : kind.name(), kind == null ? null : kind.name())
                .query((row, number) -> group(row, locale))
                .list();
    }

    /** The groups a person belongs to, asked to join, was invited to, or proposed. */
    List<Group> of(long memberId, Locale locale) {
        return db.sql("select " + COLUMNS + """
                         from groups.member_group g
                        where g.proposed_by = ? or exists (select 1 from groups.membership m where m.group_id = g.id and m.member_id = ?)
                        order by lower(g.name), g.id""")
                .params(memberId, memberId)
                .query((row, number) -> group(row, locale))
                .list();
    }

    List<Group> waiting(Locale locale) {
        return db.sql("select " + COLUMNS + " from groups.member_group g where g.status = 'PROPOSED' order by g.created_at, g.id")
                .query((row, number) -> group(row, locale))
                .list();
    }

    Membership membership(long groupId, long memberId) {
        return db.sql("select status, role = 'ORGANIZER' as organizer from groups.membership where group_id = ? and member_id = ?")
                .params(groupId, memberId)
                .query((row, number) -> new Membership(row.getString("status"), row.getBoolean("organizer")))
                .optional()
                .orElse(Membership.NONE);
    }

    /** A person's place in a group, locked until the end of the transaction. */
    Membership lockedMembership(long groupId, long memberId) {
        return db.sql("select status, role = 'ORGANIZER' as organizer from groups.membership where group_id = ? and member_id = ? for update")
                .params(groupId, memberId)
                .query((row, number) -> new Membership(row.getString("status"), row.getBoolean("organizer")))
                .optional()
                .orElse(Membership.NONE);
    }

    /** A group's row, locked so that changes to its members happen one at a time. */
    Optional<String> lockStatus(long groupId) {
        return db.sql("select status from groups.member_group where id = ? for update").param(groupId).query(String.class).optional();
    }

    /** The people of a group: organizers first, then by arrival; requests and invitations after. */
    record Person(long memberId, boolean organizer, String status) {}

    List<Person> people(long groupId, int limit) {
        return db.sql("""
                        select member_id, role = 'ORGANIZER' as organizer, status from groups.membership where group_id = ?
                        order by status = 'ACTIVE' desc, role = 'ORGANIZER' desc, joined_at nulls last, member_id limit ?""")
                .params(groupId, limit)
                .query((row, number) -> new Person(row.getLong("member_id"), row.getBoolean("organizer"), row.getString("status")))
                .list();
    }

    List<Long> activeMembers(long groupId) {
        return db.sql("select member_id from groups.membership where group_id = ? and status = 'ACTIVE' order by member_id")
                .param(groupId)
                .query(Long.class)
                .list();
    }

    List<Long> organizers(long groupId) {
        return db.sql("select member_id from groups.membership where group_id = ? and status = 'ACTIVE' and role = 'ORGANIZER' order by member_id")
                .param(groupId)
                .query(Long.class)
                .list();
    }

    private Group group(ResultSet row, Locale locale) throws SQLException {
        var officeId = row.getObject("office_id", Long.class);
        var town = row.getString("town");
        var place = officeId != null ? offices.find(officeId).map(office -> office.name(locale)).orElse("") : town == null ? "" : town;
        return new Group(
                row.getLong("id"),
                row.getString("name"),
                GroupKind.valueOf(row.getString("kind")),
                officeId,
                town,
                place,
                row.getString("description"),
                row.getString("description_html"),
                List.of((String[]) row.getArray("languages").getArray()),
                Joining.valueOf(row.getString("joining")),
                row.getString("status"),
                row.getObject("proposed_by", Long.class),
                row.getString("refusal_reason"),
                row.getString("forum_path"),
                row.getInt("member_count"),
                row.getTimestamp("created_at").toInstant());
    }
}
