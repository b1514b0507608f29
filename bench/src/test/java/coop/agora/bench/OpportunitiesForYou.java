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
 * A listed member with skills opens "for you": their profile read from the directory, then the open
 * opportunities sharing a skill, in their area and languages, ranked in one query with the reason.
 */
final class OpportunitiesForYou implements Scenario {

    @Override
    public String name() {
        return "opportunities-for-you";
    }

    @Override
    public ChainBuilder request(Target target) {
        return feed(listFeeder(target.signedInSessionsOf("opportunities-members.csv")).circular())
                .exec(addCookie(Cookie(Target.SESSION_COOKIE, "#{session}")))
                .exec(http(name()).get("/opportunities/for-you").check(status().is(200), substring("action=\"/opportunities/for-you/settings\"")));
    }
}
