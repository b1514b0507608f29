package coop.agora.bench;

import static io.gatling.javaapi.core.CoreDsl.feed;
import static io.gatling.javaapi.core.CoreDsl.listFeeder;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.Cookie;
import static io.gatling.javaapi.http.HttpDsl.addCookie;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;

/** A signed-in member opens the member map: listed members counted per town and merged into clusters at the zoom level of Belgium. */
final class DirectoryMap implements Scenario {

    @Override
    public String name() {
        return "directory-map";
    }

    @Override
    public ChainBuilder request(Target target) {
        return feed(listFeeder(target.signedInSessions()).circular())
                .exec(addCookie(Cookie(Target.SESSION_COOKIE, "#{session}")))
                .exec(http(name()).get("/directory/map/points?zoom=7&south=42&west=-5&north=52&east=9")
                        .check(status().is(200), substring("\"count\"")));
    }
}
