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
 * An advisor opens a request: its six messages with notes, the member's other requests, the
 * colleagues present, the ready-made replies, and their own presence noted.
 */
final class HelpdeskRequest implements Scenario {

    @Override
    public String name() {
        return "helpdesk-request";
    }

    @Override
    public ChainBuilder request(Target target) {
        return feed(listFeeder(target.signedInSessionsOf("helpdesk-advisors.csv")).circular())
                .exec(addCookie(Cookie(Target.SESSION_COOKIE, "#{session}")))
                .feed(target.feeder("helpdesk-requests.csv").random())
                .exec(http(name())
                        .get("/desk/requests/#{id}")
                        .check(status().is(200), substring("class=\"message message--").count().is(6)));
    }
}
