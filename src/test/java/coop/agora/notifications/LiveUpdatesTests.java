package coop.agora.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import coop.agora.AgoraApplication;
import coop.agora.AgoraIntegrationTest;
import coop.agora.accounts.Members;
import java.util.Locale;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Pages learn of new notifications as they happen, whichever application node serves them. */
@AgoraIntegrationTest
class LiveUpdatesTests {

    private static final String READER = "marie.nguyen@agora.example";
    private static final String ACTOR = "bram.maes@agora.example";

    @Autowired
    JdbcClient db;

    @Autowired
    LiveUpdates live;

    NotificationTesting testing;

    @BeforeEach
    void tools(@Autowired Members members, @Autowired Notifications notifications, @Autowired FanOut fanOut) {
        testing = new NotificationTesting(db, members, notifications, fanOut);
    }

    /** A page as the live updates see it: what it was sent, in order. */
    static final class Page implements LiveUpdates.Sink {

        final BlockingQueue<LiveMessage> received = new LinkedBlockingQueue<>();

        @Override
        public void send(LiveMessage message) {
            received.add(message);
        }

        @Override
        public void ping() {}

        @Override
        public void close() {}

        /** The first message sent that matches, waiting for it as long as a slow machine may need. */
        @Nullable LiveMessage await(Predicate<LiveMessage> wanted) throws InterruptedException {
            LiveMessage message;
            do {
                message = received.poll(30, TimeUnit.SECONDS);
            } while (message != null && !wanted.test(message));
            return message;
        }
    }

    @Test
    void anOpenPageGetsTheNewCountAndTheNewestNotificationInItsReadersLanguage() throws InterruptedException {
        var page = new Page();
        var end = live.subscribe(testing.id(READER), Locale.ENGLISH, page);
        try {
            var notification = testing.notify(READER, NotificationKind.FORUM_MENTION, ACTOR);

            assertThat(page.await(message -> Long.valueOf(notification).equals(message.newestId())))
                    .isNotNull()
                    .satisfies(message -> {
                        assertThat(message.newestTitle()).isEqualTo("Bram Maes mentioned you in the forum");
                        assertThat(message.newestLink()).isEqualTo("/notifications/" + notification);
                        assertThat(message.unread()).isPositive();
                    });
        } finally {
            end.run();
        }
    }

    @Test
    void readingEverythingElsewhereBringsTheCountToZero(@Autowired Inbox inbox) throws InterruptedException {
        testing.notify(READER, NotificationKind.FORUM_REPLY, ACTOR);
        var page = new Page();
        var end = live.subscribe(testing.id(READER), Locale.ENGLISH, page);
        try {
            inbox.markAllRead(testing.id(READER));

            assertThat(page.await(message -> message.unread() == 0)).isNotNull();
        } finally {
            end.run();
        }
    }

    @Test
    void aNotificationWrittenOnOneNodeReachesAPageServedByAnother(@Autowired HikariDataSource dataSource) throws InterruptedException {
        try (var secondNode = new SpringApplicationBuilder(AgoraApplication.class)
                .properties(
                        "agora.db.url=" + dataSource.getJdbcUrl(),
                        "agora.db.user=" + dataSource.getUsername(),
                        "agora.demo=false",
                        "agora.jobs.enabled=false",
                        "agora.data-dir=target/test-data-second-node",
                        "server.port=0")
                .run()) {
            var page = new Page();
            secondNode.getBean(LiveUpdates.class).subscribe(testing.id(READER), Locale.FRENCH, page);

            var notification = testing.notify(READER, NotificationKind.FORUM_REPLY, ACTOR);

            assertThat(page.await(message -> Long.valueOf(notification).equals(message.newestId())))
                    .isNotNull()
                    .satisfies(message -> assertThat(message.newestTitle()).isEqualTo("Bram Maes a répondu dans un sujet que vous suivez"));
        }
    }
}
