package coop.agora.bench;

import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.http.HttpDsl.flushCookieJar;
import static io.gatling.javaapi.http.HttpDsl.Cookie;
import static io.gatling.javaapi.http.HttpDsl.addCookie;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;

/**
 * The sign-in form's POST for a random generated member: address look-up, password check (bcrypt,
 * CPU-bound by design), throttle buckets and a new session, ending in the redirect home. The CSRF
 * token is taken once from the form, so that the form page itself does not count as sign-in work.
 */
final class SignIn implements Scenario {

    @Override
    public String name() {
        return "login";
    }

    @Override
    public ChainBuilder request(Target target) {
        var csrf = target.csrf();
        return exec(flushCookieJar())
                .exec(addCookie(Cookie(Target.CSRF_COOKIE, csrf.cookie())))
                .feed(target.feeder("members.csv").random())
                .exec(http(name())
                        .post("/login")
                        .formParam("_csrf", csrf.field())
                        .formParam("email", "#{email}")
                        .formParam("password", Target.MEMBER_PASSWORD)
                        .disableFollowRedirect()
                        .check(status().is(302), header("Location").transform(location -> location.contains("error")).is(false)));
    }
}
