package coop.agora.bench;

import static io.gatling.javaapi.core.CoreDsl.feed;
import static io.gatling.javaapi.core.CoreDsl.listFeeder;
import static io.gatling.javaapi.http.HttpDsl.Cookie;
import static io.gatling.javaapi.http.HttpDsl.addCookie;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;

/**
 * A signed-in member replies to a topic: the checks, the Markdown made safe, the post stored and
 * indexed for search, the counters of the topic and its category, the events for watchers, and
 * the redirect to the new post. Agora runs with the posting pace limit lifted for this.
 */
final class ForumReply implements Scenario {

    @Override
    public String name() {
        return "forum-reply";
    }

    @Override
    public ChainBuilder request(Target target) {
        var csrf = target.csrf();
        return feed(listFeeder(target.signedInSessions()).circular())
                .exec(addCookie(Cookie(Target.SESSION_COOKIE, "#{session}")))
                .exec(addCookie(Cookie(Target.CSRF_COOKIE, csrf.cookie())))
                .feed(target.feeder("forum-short-topics.csv").random())
                .exec(http(name())
                        .post("/forum/t/#{id}/reply")
                        .formParam("_csrf", csrf.field())
                        .formParam("body", "Merci pour ce sujet. De mon côté, je facture le **déplacement** à part, au kilomètre.")
                        .disableFollowRedirect()
                        .check(status().is(302), header("Location").transform(location -> location.contains("/forum/t/")).is(true)));
    }
}
