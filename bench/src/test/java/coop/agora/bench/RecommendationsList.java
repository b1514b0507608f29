package coop.agora.bench;

import static io.gatling.javaapi.core.CoreDsl.feed;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;

/** A visitor lists a whole cycle of recommendations, with the counts of every filter. */
final class RecommendationsList implements Scenario {

    @Override
    public String name() {
        return "recommendations-list";
    }

    @Override
    public ChainBuilder request(Target target) {
        return feed(target.feeder("recommendation-cycles.csv").random())
                .exec(http(name()).get("/recommendations?cycle=#{cycle}").check(status().is(200), substring("class=\"recommendation-card\"").exists()));
    }
}
