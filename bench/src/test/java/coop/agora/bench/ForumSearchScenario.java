package coop.agora.bench;

import static io.gatling.javaapi.core.CoreDsl.feed;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;

/**
 * A visitor searches the forum: full text over a million posts in the language of each topic,
 * the 20 best with a highlighted passage, their topics and authors.
 */
final class ForumSearchScenario implements Scenario {

    @Override
    public String name() {
        return "forum-search";
    }

    @Override
    public ChainBuilder request(Target target) {
        return feed(target.feeder("forum-words.csv").random())
                .exec(http(name()).get("/forum/search").queryParam("q", "#{words}").check(status().is(200), substring("<mark>")));
    }
}
