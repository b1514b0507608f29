package coop.agora.bench;

import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;

/** A visitor opens the public follow-up dashboard: counts per status, average age and the oldest open recommendation of every cycle. */
final class RecommendationsDashboard implements Scenario {

    @Override
    public String name() {
        return "recommendations-dashboard";
    }

    @Override
    public ChainBuilder request(Target target) {
        return exec(http(name()).get("/recommendations/dashboard").check(status().is(200), substring("class=\"chart__bar\"").exists()));
    }
}
