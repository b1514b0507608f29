package coop.agora.bench;

import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.http.HttpDsl.flushCookieJar;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;

/** A visitor's first look at Agora: no cookie, so every request starts a new CSRF token as a browser's would. */
final class HomeAnonymous implements Scenario {

    @Override
    public String name() {
        return "home-anonymous";
    }

    @Override
    public ChainBuilder request(Target target) {
        return exec(flushCookieJar())
                .exec(http(name()).get("/").check(status().is(200), substring("href=\"/login\"")));
    }
}
