package coop.agora.notifications;

import coop.agora.accounts.Members;
import coop.agora.platform.DemoMode;
import java.util.List;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** On the first start of a demo, a few notifications for French- and Dutch-speaking demo members, some already read. */
@Component
@Order(50)
class DemoNotifications implements ApplicationRunner {

    private record Seed(String to, NotificationKind kind, String by, String link, int hoursAgo, boolean read) {}

    private static final List<Seed> SEEDS = List.of(
            new Seed("member@agora.example", NotificationKind.FORUM_MENTION, "moderator@agora.example", "/forum", 2, false),
            new Seed("member@agora.example", NotificationKind.FORUM_REPLY, "mehdi.haddad@agora.example", "/forum", 5, false),
            new Seed("member@agora.example", NotificationKind.FORUM_TOPIC, "ines.dubois@agora.example", "/forum", 30, true),
            new Seed("advisor@agora.example", NotificationKind.FORUM_MENTION, "lotte.peeters@agora.example", "/forum", 1, false),
            new Seed("advisor@agora.example", NotificationKind.FORUM_REPLY, "jan.devos@agora.example", "/forum", 26, true),
            new Seed("sanne.willems@agora.example", NotificationKind.FORUM_TOPIC, "wout.claes@agora.example", "/forum", 3, false),
            new Seed("marie.nguyen@agora.example", NotificationKind.FORUM_REPLY, "francois.renard@agora.example", "/forum", 4, false));

    private final DemoMode demo;
    private final Members members;
    private final JdbcClient db;

    DemoNotifications(DemoMode demo, Members members, JdbcClient db) {
        this.demo = demo;
        this.members = members;
        this.db = db;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments arguments) {
        if (!demo.enabled() || db.sql("select exists (select 1 from notifications.notification)").query(Boolean.class).single()) {
            return;
        }
        for (var seed : SEEDS) {
            var to = members.idOf(seed.to());
            var by = members.idOf(seed.by());
            if (to.isPresent() && by.isPresent()) {
                db.sql("""
                                insert into notifications.notification (member_id, kind, actor_id, link, delivery, created_at, read_at, mailed_at)
                                values (?, ?, ?, ?, 'IN_APP', now() - make_interval(hours => ?),
                                        case when ? then now() - make_interval(hours => ?) end, null)""")
                        .params(to.get(), seed.kind().name(), by.get(), seed.link(), seed.hoursAgo(), seed.read(), seed.hoursAgo())
                        .update();
            }
        }
    }
}
