package coop.agora.bench;

import static io.gatling.javaapi.core.CoreDsl.feed;
import static io.gatling.javaapi.core.CoreDsl.listFeeder;
import static io.gatling.javaapi.http.HttpDsl.Cookie;
import static io.gatling.javaapi.http.HttpDsl.addCookie;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import java.time.LocalDate;

/**
 * A member publishes a mission wanting a common skill and another, near a big town: the checks, the
 * skills and the town looked up in the directory, the opportunity stored, and the matching of the
 * directory's listed profiles (ranked in one query, the best thousand told) with the notification
 * event. Its latency is the time to match one new opportunity against every profile.
 */
final class OpportunitiesPublish implements Scenario {

    @Override
    public String name() {
        return "opportunities-publish";
    }

    @Override
    public ChainBuilder request(Target target) {
        var csrf = target.csrf();
        return feed(listFeeder(target.signedInSessions()).circular())
                .exec(addCookie(Cookie(Target.SESSION_COOKIE, "#{session}")))
                .exec(addCookie(Cookie(Target.CSRF_COOKIE, csrf.cookie())))
                .feed(target.feeder("opportunities-new.csv").random())
                .exec(http(name())
                        .post("/opportunities")
                        .formParam("_csrf", csrf.field())
                        .formParam("kind", "MISSION")
                        .formParam("title", "Mission de quelques jours")
                        .formParam("description", "Une mission **rémunérée** de quelques jours, avec un devis avant de commencer.")
                        .formParam("skills", "#{skill1}")
                        .formParam("skills", "#{skill2}")
                        .formParam("place", "town")
                        .formParam("town", "#{town}")
                        .formParam("languages", "fr")
                        .formParam("languages", "nl")
                        .formParam("budget", "400 euros par jour")
                        .formParam("deadline", LocalDate.now().plusDays(30).toString())
                        .formParam("audience", "MEMBERS")
                        .disableFollowRedirect()
                        .check(status().is(302), header("Location").transform(location -> location.contains("/opportunities/")).is(true)));
    }
}
