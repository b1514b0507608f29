package coop.agora.notifications;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps open pages up to date on every node. Whatever changes notifications sends a PostgreSQL
 * NOTIFY naming the members concerned; each node LISTENs on one connection of its own, outside
 * the pool, reconnecting after a failure, and pushes the new state to the pages of those members
 * it serves, with one query per wake-up whatever the number of members.
 */
@Component
class LiveUpdates implements SmartLifecycle {

    static final String CHANNEL = "agora_notifications";
    private static final Logger log = LoggerFactory.getLogger(LiveUpdates.class);
    /** Beyond this many members, a NOTIFY says "everyone": its payload is limited to 8000 bytes. */
    private static final int NAMED_MEMBERS = 200;
    private static final String EVERYONE = "*";
    private static final int WAIT_MILLIS = 20_000;

    /** Where pushed states go, such as a server-sent event stream; a failure ends the subscription. */
    interface Sink {
        void send(LiveMessage message) throws IOException;

        /** Keeps an idle connection open through proxies. */
        void ping() throws IOException;

        /** Ends the stream, when this node stops; browsers then reconnect to another node. */
        void close();
    }

    private final JdbcClient db;
    private final NotificationTexts texts;
    private final HikariDataSource dataSource;
    private final Map<Long, Set<Subscriber>> subscribers = new ConcurrentHashMap<>();
    private volatile boolean running;
    private volatile @Nullable Thread listener;
    private volatile @Nullable Connection connection;

    LiveUpdates(JdbcClient db, NotificationTexts texts, HikariDataSource dataSource) {
        this.db = db;
        this.texts = texts;
        this.dataSource = dataSource;
    }

    /** Tells every node that these members' notifications changed; sent when the caller's transaction commits. */
    void announce(Collection<Long> members) {
        var payload = members.size() > NAMED_MEMBERS ? EVERYONE : String.join(",", members.stream().map(String::valueOf).toList());
        db.sql("select pg_notify(?, ?)").params(CHANNEL, payload).query().listOfRows();
    }

    /** Pushes the member's state to the sink now and after every change, until the returned handle is run. */
    Runnable subscribe(long memberId, Locale language, Sink sink) {
        var subscriber = new Subscriber(memberId, language, sink);
        subscribers.computeIfAbsent(memberId, id -> new CopyOnWriteArraySet<>()).add(subscriber);
        refresh(Set.of(memberId));
        return () -> remove(subscriber);
    }

    private void remove(Subscriber subscriber) {
        subscribers.computeIfPresent(subscriber.memberId, (id, set) -> {
            set.remove(subscriber);
            return set.isEmpty() ? null : set;
        });
    }

    /** Sends the current state to the pages of these members that this node serves, if it changed. */
    void refresh(Collection<Long> members) {
        var served = members.stream().filter(subscribers::containsKey).distinct().toList();
        if (served.isEmpty()) {
            return;
        }
        var states = new HashMap<Long, State>();
        db.sql("""
                        select m.member_id,
                               (select count(*) from (select 1 from notifications.notification u
                                where u.member_id = m.member_id and u.read_at is null limit ?) c) as unread,
                               n.id, n.kind, n.actor_id, n.subject, n.link, n.created_at, n.read_at
                        from unnest(?::bigint[]) as m(member_id)
                        left join lateral (
                            select * from notifications.notification x where x.member_id = m.member_id order by x.id desc limit 1) n on true""")
                .params(Inbox.COUNT_LIMIT, served.toArray(Long[]::new))
                .query(row -> {
                    var memberId = row.getLong("member_id");
                    var id = row.getObject("id", Long.class);
                    var newest = id == null ? null : new NotificationRow(id, memberId, row.getString("kind"), row.getObject("actor_id", Long.class),
                            row.getString("subject"), row.getString("link"), row.getTimestamp("created_at").toInstant(),
                            row.getTimestamp("read_at") == null ? null : row.getTimestamp("read_at").toInstant());
                    states.put(memberId, new State(row.getLong("unread"), newest));
                });
        states.forEach((memberId, state) -> {
            for (var subscriber : subscribers.getOrDefault(memberId, Set.of())) {
                subscriber.offer(state);
            }
        });
    }

    private void refreshEveryone() {
        refresh(List.copyOf(subscribers.keySet()));
    }

    private void pingEveryone() {
        subscribers.values().forEach(set -> set.forEach(Subscriber::ping));
    }

    private record State(long unread, @Nullable NotificationRow newest) {}

    private final class Subscriber {

        private final long memberId;
        private final Locale language;
        private final Sink sink;
        private long lastUnread = -1;
        private long lastNewest = -1;

        Subscriber(long memberId, Locale language, Sink sink) {
            this.memberId = memberId;
            this.language = language;
            this.sink = sink;
        }

        synchronized void offer(State state) {
            var newestId = state.newest() == null ? 0 : state.newest().id();
            if (state.unread() == lastUnread && newestId == lastNewest) {
                return;
            }
            var view = state.newest() == null ? List.<NotificationView>of() : texts.views(List.of(state.newest()), language);
            var message = view.isEmpty()
                    ? new LiveMessage(state.unread(), null, null, null)
                    : new LiveMessage(state.unread(), view.get(0).id(), view.get(0).title(), view.get(0).openPath());
            try {
                sink.send(message);
                lastUnread = state.unread();
                lastNewest = newestId;
            } catch (IOException | RuntimeException e) {
                remove(this);
            }
        }

        synchronized void ping() {
            try {
                sink.ping();
            } catch (IOException | RuntimeException e) {
                remove(this);
            }
        }
    }

    @Override
    public void start() {
        running = true;
        var thread = new Thread(this::listen, "notifications-listener");
        thread.setDaemon(true);
        thread.start();
        listener = thread;
    }

    @Override
    public void stop() {
        running = false;
        // Open streams would otherwise hold up the web server's graceful shutdown until they time out.
        subscribers.values().forEach(set -> set.forEach(subscriber -> subscriber.sink.close()));
        subscribers.clear();
        var open = connection;
        if (open != null) {
            try {
                open.close();
            } catch (SQLException e) {
                log.debug("Listening connection closed with {}", e.toString());
            }
        }
        var thread = listener;
        if (thread != null) {
            thread.interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void listen() {
        long backoff = 500;
        while (running) {
            try (var listening = DriverManager.getConnection(dataSource.getJdbcUrl(), dataSource.getUsername(), dataSource.getPassword())) {
                connection = listening;
                try (var statement = listening.createStatement()) {
                    statement.execute("listen " + CHANNEL);
                }
                var pg = listening.unwrap(PGConnection.class);
                backoff = 500;
                // Whatever happened while this node was not listening.
                refreshEveryone();
                var lastPing = System.nanoTime();
                while (running) {
                    var received = pg.getNotifications(WAIT_MILLIS);
                    if (received != null && received.length > 0) {
                        wakeUp(received);
                    }
                    if (System.nanoTime() - lastPing > WAIT_MILLIS * 1_000_000L) {
                        pingEveryone();
                        lastPing = System.nanoTime();
                    }
                }
            } catch (SQLException | RuntimeException e) {
                if (running) {
                    log.warn("Listening for notifications failed, reconnecting in {} ms: {}", backoff, e.toString());
                    try {
                        Thread.sleep(backoff);
                    } catch (InterruptedException interrupted) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                    backoff = Math.min(backoff * 2, 30_000);
                }
            } finally {
                connection = null;
            }
        }
    }

    private void wakeUp(PGNotification[] received) {
        var members = new HashSet<Long>();
        for (var notification : received) {
            var payload = notification.getParameter();
            if (EVERYONE.equals(payload)) {
                refreshEveryone();
                return;
            }
            for (var id : payload.split(",")) {
                if (!id.isBlank()) {
                    members.add(Long.parseLong(id));
                }
            }
        }
        refresh(members);
    }
}
