package coop.agora.notifications;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** A member's notifications: newest first, what is unread, marking as read. Every query is limited to the member's own rows. */
@Component
class Inbox {

    /** The header shows "99" at most, so counting stops there. */
    static final int COUNT_LIMIT = 99;

    private final JdbcClient db;
    private final LiveUpdates live;

    Inbox(JdbcClient db, LiveUpdates live) {
        this.db = db;
        this.live = live;
    }

    long unread(long memberId) {
        return db.sql("select count(*) from (select 1 from notifications.notification where member_id = ? and read_at is null limit ?) u")
                .params(memberId, COUNT_LIMIT)
                .query(Long.class)
                .single();
    }

    /** A page of notifications older than {@code before}, or the newest ones; one more than asked tells whether there are older. */
    List<NotificationRow> page(long memberId, @Nullable Long before, int size) {
        return db.sql("select " + NotificationRow.COLUMNS + """
                         from notifications.notification
                        where member_id = ? and id < ? order by id desc limit ?""")
                .params(memberId, before == null ? Long.MAX_VALUE : before, size + 1)
                .query(NotificationRow.class)
                .list();
    }

    /** Marks one of the member's notifications read and gives its link; another member's gives nothing. */
    @Transactional
    Optional<String> open(long memberId, long id) {
        var link = db.sql("update notifications.notification set read_at = coalesce(read_at, now()) where id = ? and member_id = ? returning link")
                .params(id, memberId)
                .query(String.class)
                .optional();
        link.ifPresent(found -> live.announce(List.of(memberId)));
        return link;
    }

    @Transactional
    void markAllRead(long memberId) {
        db.sql("update notifications.notification set read_at = now() where member_id = ? and read_at is null").param(memberId).update();
        live.announce(List.of(memberId));
    }
}
