package coop.agora.bench;

import static io.gatling.javaapi.core.CoreDsl.feed;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;

/** A visitor reads a recommendation: its text and points, references both ways, milestones, history and comments. */
final class RecommendationPage implements Scenario {

    @Override
    public String name() {
        return "recommendation-page";
    }

    @Override
    public ChainBuilder request(Target target) {
        return feed(target.feeder("recommendations.csv").random())
                .exec(http(name()).get("/recommendations/#{id}").check(status().is(200), substring("id=\"history\"").exists()));
    }
}
