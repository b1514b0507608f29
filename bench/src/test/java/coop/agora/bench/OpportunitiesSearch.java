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
 * A signed-in member searches the board for a word, sometimes with a kind or near a town within
 * 25 km: the open opportunities filtered in PostgreSQL, the counts per kind, language and skill, and
 * the first page of 20 by deadline.
 */
final class OpportunitiesSearch implements Scenario {

    @Override
    public String name() {
        return "opportunities-search";
    }

    @Override
    public ChainBuilder request(Target target) {
        return feed(listFeeder(target.signedInSessions()).circular())
                .exec(addCookie(Cookie(Target.SESSION_COOKIE, "#{session}")))
                .feed(target.feeder("opportunities-searches.csv").random())
                .exec(http(name()).get("/opportunities?q=#{q}&kind=#{kind}&town=#{town}&radius=25")
                        .check(status().is(200), substring("action=\"/logout\"")));
    }
}
