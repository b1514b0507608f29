package coop.agora.bench;

import static io.gatling.javaapi.core.CoreDsl.feed;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;

/** A visitor searches the guides: each language stemmed as itself, the 20 best with a highlighted passage. */
final class KnowledgeSearchScenario implements Scenario {

    @Override
    public String name() {
        return "knowledge-search";
    }

    @Override
    public ChainBuilder request(Target target) {
        return feed(target.feeder("knowledge-words.csv").random())
                .exec(http(name()).get("/knowledge/search").queryParam("q", "#{words}").check(status().is(200), substring("<mark>")));
    }
}
