package coop.agora.bench;

import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.feed;
import static io.gatling.javaapi.core.CoreDsl.listFeeder;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.Cookie;
import static io.gatling.javaapi.http.HttpDsl.addCookie;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The home page of {@code home-member} while notifications burst: every two seconds, one of the
 * users first replies to the topic that {@code notification_watchers} members (10,000) watch, so
 * that Agora fans out that many notifications in the background. Only the home page is recorded:
 * compared with {@code home-member} in the same run, it shows what a burst costs other requests.
 */
final class HomeMemberBurst implements Scenario {

    private static final long BURST_EVERY_MILLIS = 2_000;

    private final AtomicLong lastBurst = new AtomicLong();

    @Override
    public String name() {
        return "home-member-burst";
    }

    @Override
    public ChainBuilder request(Target target) {
        var csrf = target.csrf();
        var topic = target.feeder("notification-burst-topic.csv").readRecords().get(0).get("id");
        return feed(listFeeder(target.signedInSessions()).circular())
                .exec(addCookie(Cookie(Target.SESSION_COOKIE, "#{session}")))
                .doIf(session -> burstDue())
                .then(exec(addCookie(Cookie(Target.CSRF_COOKIE, csrf.cookie())))
                        .exec(http("burst")
                                .post("/forum/t/" + topic + "/reply")
                                .formParam("_csrf", csrf.field())
                                .formParam("body", "Nouvelle réponse pour tous ceux qui suivent ce sujet.")
                                .disableFollowRedirect()
                                .check(status().is(302))
                                .silent()))
                .exec(http(name()).get("/").check(status().is(200), substring("action=\"/logout\"")));
    }

    /** True for one iteration every two seconds, whichever user runs it. */
    private boolean burstDue() {
        var now = System.currentTimeMillis();
        var last = lastBurst.get();
        return now - last >= BURST_EVERY_MILLIS && lastBurst.compareAndSet(last, now);
    }
}
