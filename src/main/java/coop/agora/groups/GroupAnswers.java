package coop.agora.groups;

import coop.agora.events.EventGroups;
import coop.agora.forum.GroupMembership;
import java.util.Collection;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Answers the forum and the agenda about groups, through the small interfaces they define. */
@Component
class GroupAnswers implements GroupMembership, EventGroups {

    private final JdbcClient db;

    GroupAnswers(JdbcClient db) {
        this.db = db;
    }

    @Override
    public boolean belongs(long memberId, long groupId) {
        return db.sql("select exists (select 1 from groups.membership where group_id = ? and member_id = ? and status = 'ACTIVE')")
                .params(groupId, memberId)
                .query(Boolean.class)
                .single();
    }

    @Override
    public Set<Long> groupsOf(long memberId) {
        return new HashSet<>(db.sql("select group_id from groups.membership where member_id = ? and status = 'ACTIVE'")
                .param(memberId)
                .query(Long.class)
                .list());
    }

    @Override
    public boolean organizes(long memberId, long groupId) {
        return db.sql("""
                        select exists (select 1 from groups.membership m join groups.member_group g on g.id = m.group_id
                                       where m.group_id = ? and m.member_id = ? and m.status = 'ACTIVE' and m.role = 'ORGANIZER'
                                         and g.status = 'APPROVED')""")
                .params(groupId, memberId)
                .query(Boolean.class)
                .single();
    }

    @Override
    public Set<Long> closedTo(@Nullable Long memberId) {
        return new HashSet<>(db.sql("""
                        select g.id from groups.member_group g
                        where g.joining <> 'OPEN'
                          and not exists (select 1 from groups.membership m
                                          where m.group_id = g.id and m.member_id = ? and m.status = 'ACTIVE')""")
                .param(memberId == null ? -1L : memberId)
                .query(Long.class)
                .list());
    }

    @Override
    public Map<Long, String> names(Collection<Long> groupIds, Locale language) {
        if (groupIds.isEmpty()) {
            return Map.of();
        }
        return db.sql("select id, name from groups.member_group where id = any (?::bigint[]) and status = 'APPROVED'")
                .param("{" + String.join(",", groupIds.stream().map(String::valueOf).toList()) + "}")
                .query((row, number) -> Map.entry(row.getLong("id"), row.getString("name")))
                .list()
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    @Override
    public Optional<String> name(long groupId, Locale language) {
        return db.sql("select name from groups.member_group where id = ? and status = 'APPROVED'").param(groupId).query(String.class).optional();
    }
}
