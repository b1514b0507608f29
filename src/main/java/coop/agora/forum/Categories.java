package coop.agora.forum;

import coop.agora.platform.Viewer;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The category tree and who may read and moderate each category. */
@Repository
class Categories {

    private static final String COLUMNS = """
            id, parent_id, slug, kind, office_id, name_fr, name_nl, name_en, description_fr, description_nl, description_en,
            visibility, topic_count, post_count, last_post_at, group_id, position, archived_at""";

    /** How long a node keeps a category for topic pages before reading it again, so that an edit on another node shows soon. */
    private static final java.time.Duration KEPT_FOR = java.time.Duration.ofSeconds(30);

    private final JdbcClient db;
    private final GroupMembership groups;
    /**
     * Categories by id as topic pages need them: names, address and visibility. They change only
     * when an admin or a moderator edits a category, so each node keeps them for a short while;
     * their counters here may lag, and topic pages do not show them.
     */
    private final Map<Long, Kept> places = new ConcurrentHashMap<>();

    private record Kept(Category category, java.time.Instant until) {}

    Categories(JdbcClient db, GroupMembership groups) {
        this.db = db;
        this.groups = groups;
    }

    Optional<Category> place(long id) {
        var known = places.get(id);
        var now = java.time.Instant.now();
        if (known != null && known.until().isAfter(now)) {
            return Optional.of(known.category());
        }
        var found = find(id);
        found.ifPresent(category -> places.put(id, new Kept(category, now.plus(KEPT_FOR))));
        return found;
    }

    /** Every category the viewer may read, parents before their children. */
    List<Category> readableBy(@Nullable Viewer viewer) {
        var readable = readable(viewer);
        return db.sql("select " + COLUMNS + " from forum.category where " + readable.condition()
                        + " order by coalesce(parent_id, id), parent_id nulls first, position, id")
                .params(readable.params())
                .query(Categories::category)
                .list();
    }

    /** The categories right under one, that the viewer may read. */
    List<Category> childrenOf(long parentId, @Nullable Viewer viewer) {
        var readable = readable(viewer);
        var params = new java.util.ArrayList<Object>();
        params.add(parentId);
        params.addAll(readable.params());
        return db.sql("select " + COLUMNS + " from forum.category where parent_id = ? and archived_at is null and " + readable.condition()
                        + " order by position, id")
                .params(params)
                .query(Categories::category)
                .list();
    }

    /**
     * The group categories the viewer may read, for search; null when they may read every one, as
     * moderators do, who answer the flags raised there.
     */
    @Nullable List<Long> readableGroupCategories(@Nullable Viewer viewer) {
        if (viewer != null && moderatesEverywhere(viewer)) {
            return null;
        }
        if (viewer == null) {
            return List.of();
        }
        return db.sql("select id from forum.category where group_id = any(?) order by id")
                .param(groups.groupsOf(viewer.id()).toArray(Long[]::new))
                .query(Long.class)
                .list();
    }

    Optional<Category> ofGroup(long groupId) {
        return db.sql("select " + COLUMNS + " from forum.category where group_id = ?").param(groupId).query(Categories::category).optional();
    }

    /** The condition on categories a viewer may read, and its parameters. */
    private record Readable(String condition, List<Object> params) {}

    private Readable readable(@Nullable Viewer viewer) {
        if (viewer == null) {
            return new Readable("visibility = 'PUBLIC'", List.of());
        }
        if (moderatesEverywhere(viewer)) {
            return new Readable("true", List.of());
        }
        var own = groups.groupsOf(viewer.id());
        return own.isEmpty()
                ? new Readable("visibility <> 'GROUP'", List.of())
                : new Readable("(visibility <> 'GROUP' or group_id = any(?::bigint[]))", List.of((Object) own.toArray(Long[]::new)));
    }

    private static boolean moderatesEverywhere(Viewer viewer) {
        return viewer.hasRole("MODERATOR") || viewer.hasRole("ADMIN");
    }

    Optional<Category> find(long id) {
        return db.sql("select " + COLUMNS + " from forum.category where id = ?").param(id).query(Categories::category).optional();
    }

    Optional<Category> findBySlug(String slug) {
        return db.sql("select " + COLUMNS + " from forum.category where slug = ?").param(slug).query(Categories::category).optional();
    }

    long count() {
        return db.sql("select count(*) from forum.category").query(Long.class).single();
    }

    /** Everyone reads public categories, members the others; a group's category only its members and moderators. */
    boolean canRead(@Nullable Viewer viewer, Category category) {
        return switch (category.visibility()) {
            case PUBLIC -> true;
            case MEMBERS -> viewer != null;
            case GROUP -> viewer != null && category.groupId() != null
                    && (moderatesEverywhere(viewer) || groups.belongs(viewer.id(), category.groupId()));
        };
    }

    /** People with the moderator or admin role moderate everywhere; others only where they are named. */
    boolean canModerate(@Nullable Viewer viewer, long categoryId) {
        if (viewer == null) {
            return false;
        }
        if (viewer.hasRole("MODERATOR") || viewer.hasRole("ADMIN")) {
            return true;
        }
        return db.sql("select exists (select 1 from forum.category_moderator where category_id = ? and member_id = ?)")
                .params(categoryId, viewer.id())
                .query(Boolean.class)
                .single();
    }

    /** The categories a viewer moderates by name; empty for people who moderate everywhere. */
    List<Long> moderatedBy(long memberId) {
        return db.sql("select category_id from forum.category_moderator where member_id = ?").param(memberId).query(Long.class).list();
    }

    List<Long> moderators(long categoryId) {
        return db.sql("select member_id from forum.category_moderator where category_id = ? order by member_id")
                .param(categoryId)
                .query(Long.class)
                .list();
    }

    long create(@Nullable Long parentId, String slug, String kind, @Nullable Long officeId, String[] names, String[] descriptions,
            Category.Visibility visibility, int position) {
        return create(parentId, slug, kind, officeId, names, descriptions, visibility, position, null);
    }

    long create(@Nullable Long parentId, String slug, String kind, @Nullable Long officeId, String[] names, String[] descriptions,
            Category.Visibility visibility, int position, @Nullable Long groupId) {
        return db.sql("""
                        insert into forum.category (parent_id, slug, kind, office_id, name_fr, name_nl, name_en,
                            description_fr, description_nl, description_en, visibility, position, group_id)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(parentId, slug, kind, officeId, names[0], names[1], names[2], descriptions[0], descriptions[1], descriptions[2],
                        visibility.name(), position, groupId)
                .query(Long.class)
                .single();
    }

    /** What an admin may change in a category; a group's category keeps its visibility and its group. */
    record Changes(@Nullable Long parentId, String[] names, String[] descriptions, Category.Visibility visibility, int position) {}

    void update(long id, Changes changes) {
        db.sql("""
                        update forum.category set parent_id = ?, name_fr = ?, name_nl = ?, name_en = ?,
                            description_fr = ?, description_nl = ?, description_en = ?, visibility = ?, position = ?
                        where id = ?""")
                .params(changes.parentId(), changes.names()[0], changes.names()[1], changes.names()[2], changes.descriptions()[0],
                        changes.descriptions()[1], changes.descriptions()[2], changes.visibility().name(), changes.position(), id)
                .update();
        places.remove(id);
    }

    void describe(long id, String[] descriptions) {
        db.sql("update forum.category set description_fr = ?, description_nl = ?, description_en = ? where id = ?")
                .params(descriptions[0], descriptions[1], descriptions[2], id)
                .update();
        places.remove(id);
    }

    void rename(long id, String[] names, String[] descriptions) {
        db.sql("""
                        update forum.category set name_fr = ?, name_nl = ?, name_en = ?, description_fr = ?, description_nl = ?, description_en = ?
                        where id = ?""")
                .params(names[0], names[1], names[2], descriptions[0], descriptions[1], descriptions[2], id)
                .update();
        places.remove(id);
    }

    /** Whether making {@code parentId} the parent of {@code id} would put the category under itself. */
    boolean wouldCycle(long id, long parentId) {
        return db.sql("""
                        with recursive ancestors(id) as (
                            select ?::bigint
                            union
                            select c.parent_id from forum.category c join ancestors a on c.id = a.id where c.parent_id is not null)
                        select exists (select 1 from ancestors where id = ?)""")
                .params(parentId, id)
                .query(Boolean.class)
                .single();
    }

    boolean holdsAnything(long id) {
        return db.sql("""
                        select exists (select 1 from forum.topic where category_id = ?)
                            or exists (select 1 from forum.category where parent_id = ?)
                            or exists (select 1 from forum.faq_entry where category_id = ?)""")
                .params(id, id, id)
                .query(Boolean.class)
                .single();
    }

    List<Long> topicIds(long categoryId) {
        return db.sql("select id from forum.topic where category_id = ? order by id").param(categoryId).query(Long.class).list();
    }

    void archive(long id, boolean archived) {
        db.sql("update forum.category set archived_at = case when ? then coalesce(archived_at, now()) end where id = ?")
                .params(archived, id)
                .update();
        places.remove(id);
    }

    /** Deletes a category nobody wrote in; its watchers and moderators go with it. */
    void delete(long id) {
        db.sql("delete from forum.category where id = ?").param(id).update();
        places.remove(id);
    }

    void addModerator(long categoryId, long memberId) {
        db.sql("insert into forum.category_moderator (category_id, member_id) values (?, ?) on conflict do nothing")
                .params(categoryId, memberId)
                .update();
    }

    void removeModerator(long categoryId, long memberId) {
        db.sql("delete from forum.category_moderator where category_id = ? and member_id = ?").params(categoryId, memberId).update();
    }

    private static Category category(ResultSet row, int number) throws SQLException {
        var last = row.getTimestamp("last_post_at");
        var archived = row.getTimestamp("archived_at");
        return new Category(row.getLong("id"), ForumReads.nullableLong(row, "parent_id"), row.getString("slug"), row.getString("kind"),
                ForumReads.nullableLong(row, "office_id"), row.getString("name_fr"), row.getString("name_nl"), row.getString("name_en"),
                row.getString("description_fr"), row.getString("description_nl"), row.getString("description_en"),
                Category.Visibility.valueOf(row.getString("visibility")), row.getInt("topic_count"), row.getInt("post_count"),
                last == null ? null : last.toInstant(), ForumReads.nullableLong(row, "group_id"), row.getInt("position"),
                archived == null ? null : archived.toInstant());
    }
}
