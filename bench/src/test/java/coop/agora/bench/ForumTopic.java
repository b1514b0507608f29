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
 * A signed-in member reads a topic of 40 replies: the first page of 40 posts as HTML, their
 * authors' names, the member's thanks, and the topic noted as read for them.
 */
final class ForumTopic implements Scenario {

    @Override
    public String name() {
        return "forum-topic";
    }

    @Override
    public ChainBuilder request(Target target) {
        return feed(listFeeder(target.signedInSessions()).circular())
                .exec(addCookie(Cookie(Target.SESSION_COOKIE, "#{session}")))
                .feed(target.feeder("forum-long-topics.csv").random())
                .exec(http(name()).get("/forum/t/#{id}").check(status().is(200), substring("class=\"post__body\"").count().is(40)));
    }
}
