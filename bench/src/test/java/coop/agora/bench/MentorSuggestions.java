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
 * A member looking for a mentor opens their request: the five best of every mentor, ranked with
 * their reasons in one query.
 */
final class MentorSuggestions implements Scenario {

    @Override
    public String name() {
        return "mentor-suggestions";
    }

    @Override
    public ChainBuilder request(Target target) {
        return feed(listFeeder(target.signedInSessionsOf("mentoring-mentees.csv")).circular())
                .exec(addCookie(Cookie(Target.SESSION_COOKIE, "#{session}")))
                .exec(http(name()).get("/mentoring/requests/#{request}").check(status().is(200), substring("name=\"mentor\"")));
    }
}
