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
 * A signed-in member opens a group's page: its description, up to 200 members shown as their
 * directory profiles allow, its coming events and, for its members, its documents.
 */
final class GroupPage implements Scenario {

    @Override
    public String name() {
        return "group-page";
    }

    @Override
    public ChainBuilder request(Target target) {
        return feed(listFeeder(target.signedInSessions()).circular())
                .exec(addCookie(Cookie(Target.SESSION_COOKIE, "#{session}")))
                .feed(target.feeder("groups.csv").random())
                .exec(http(name()).get("/groups/#{group}").check(status().is(200), substring("id=\"members\"")));
    }
}
