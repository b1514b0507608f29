package coop.agora.bench;

import static io.gatling.javaapi.core.CoreDsl.feed;
import static io.gatling.javaapi.core.CoreDsl.listFeeder;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.Cookie;
import static io.gatling.javaapi.http.HttpDsl.addCookie;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;

/** A signed-in member asks the API for the members within 25 km of a town, nearest first. */
final class DirectoryRadius implements Scenario {

    @Override
    public String name() {
        return "directory-radius";
    }

    @Override
    public ChainBuilder request(Target target) {
        return feed(listFeeder(target.signedInSessions()).circular())
                .exec(addCookie(Cookie(Target.SESSION_COOKIE, "#{session}")))
                .feed(target.feeder("directory-towns.csv").random())
                .exec(http(name()).get("/api/v1/members?near=#{town}&km=25&sort=DISTANCE")
                        .check(status().is(200), substring("\"total\"")));
    }
}
