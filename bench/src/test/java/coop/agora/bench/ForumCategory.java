package coop.agora.bench;

import static io.gatling.javaapi.core.CoreDsl.feed;
import static io.gatling.javaapi.core.CoreDsl.listFeeder;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.Cookie;
import static io.gatling.javaapi.http.HttpDsl.addCookie;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;

/**
 * A signed-in member opens a forum category: its pinned topics and the 30 latest by activity, each
 * marked new or read for that member, with authors' names.
 */
final class ForumCategory implements Scenario {

    @Override
    public String name() {
        return "forum-category";
    }

    @Override
    public ChainBuilder request(Target target) {
        return feed(listFeeder(target.signedInSessions()).circular())
                .exec(addCookie(Cookie(Target.SESSION_COOKIE, "#{session}")))
                .feed(target.feeder("forum-categories.csv").random())
                .exec(http(name()).get("/forum/c/#{slug}").check(status().is(200), substring("class=\"topic-row")));
    }
}
