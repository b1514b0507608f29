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
 * A signed-in member types a question: the answer suggestions of every source, here the best
 * guides and the best of the forum's FAQ entries, as the help desk's form asks for them.
 */
final class KnowledgeSuggest implements Scenario {

    @Override
    public String name() {
        return "knowledge-suggest";
    }

    @Override
    public ChainBuilder request(Target target) {
        return feed(listFeeder(target.signedInSessions()).circular())
                .feed(target.feeder("knowledge-questions.csv").random())
                .exec(addCookie(Cookie(Target.SESSION_COOKIE, "#{session}")))
                .exec(http(name()).get("/knowledge/suggestions").queryParam("q", "#{question}").header("HX-Request", "true")
                        .check(status().is(200), substring("topic-row")));
    }
}
