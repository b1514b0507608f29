package coop.agora.bench;

import static io.gatling.javaapi.core.CoreDsl.feed;
import static io.gatling.javaapi.core.CoreDsl.listFeeder;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.Cookie;
import static io.gatling.javaapi.http.HttpDsl.addCookie;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;

/** A member opens "my requests": their latest 25 requests with status and promised date. */
final class HelpdeskMyRequests implements Scenario {

    @Override
    public String name() {
        return "helpdesk-my-requests";
    }

    @Override
    public ChainBuilder request(Target target) {
        return feed(listFeeder(target.signedInSessions()).circular())
                .exec(addCookie(Cookie(Target.SESSION_COOKIE, "#{session}")))
                .exec(http(name()).get("/help").check(status().is(200), substring("class=\"request-card\"").count().gte(1)));
    }
}
