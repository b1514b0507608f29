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
 * An advisor searches every request for words of its subject, messages or notes, in French or
 * Dutch, as the desk search asks for it while they type: the 20 best of 500,000 requests with a
 * highlighted passage, their members' names and offices.
 */
final class HelpdeskSearch implements Scenario {

    @Override
    public String name() {
        return "helpdesk-search";
    }

    @Override
    public ChainBuilder request(Target target) {
        return feed(listFeeder(target.signedInSessionsOf("helpdesk-advisors.csv")).circular())
                .exec(addCookie(Cookie(Target.SESSION_COOKIE, "#{session}")))
                .feed(target.feeder("helpdesk-search-words.csv").random())
                .exec(http(name())
                        .get("/desk/search")
                        .queryParam("q", "#{words}")
                        .header("HX-Request", "true")
                        .check(status().is(200), substring("/desk/requests/").count().gte(20)));
    }
}
