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
 * An advisor opens the shared queue of their pole and office: the first 25 open requests by
 * promised date, with members' and assignees' names, topics and urgency.
 */
final class HelpdeskQueue implements Scenario {

    @Override
    public String name() {
        return "helpdesk-queue";
    }

    @Override
    public ChainBuilder request(Target target) {
        return feed(listFeeder(target.signedInSessionsOf("helpdesk-advisors.csv")).circular())
                .exec(addCookie(Cookie(Target.SESSION_COOKIE, "#{session}")))
                .exec(http(name())
                        .get("/desk?pole=#{pole}&office=#{office}&status=&due=&assignee=&topic=")
                        .check(status().is(200), substring("/desk/requests/").count().gte(20)));
    }
}
