package coop.agora.bench;

import static io.gatling.javaapi.core.CoreDsl.feed;
import static io.gatling.javaapi.core.CoreDsl.listFeeder;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.Cookie;
import static io.gatling.javaapi.http.HttpDsl.addCookie;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;

/** A signed-in member searches the directory for a word with two facets, as the results update while typing: full-text search over 100,000 profiles, facet counts, and the result cards read from PostgreSQL. */
final class DirectorySearch implements Scenario {

    @Override
    public String name() {
        return "directory-search";
    }

    @Override
    public ChainBuilder request(Target target) {
        return feed(listFeeder(target.signedInSessions()).circular())
                .exec(addCookie(Cookie(Target.SESSION_COOKIE, "#{session}")))
                .feed(target.feeder("directory-searches.csv").random())
                .exec(http(name()).get("/directory?q=#{q}&lang=#{lang}&available=OPEN_TO_MISSIONS").header("HX-Request", "true")
                        .check(status().is(200), substring("result-count")));
    }
}
