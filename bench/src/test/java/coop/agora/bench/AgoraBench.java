package coop.agora.bench;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;

import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * One phase of a benchmark run, chosen by system properties that {@code bench/run} sets:
 *
 * <ul>
 *   <li>{@code open}: new users arrive at {@code bench.rate} per second, one request each, whatever
 *       the response times; latency at this light load is the server's own work, not queueing.
 *   <li>{@code closed}: {@code bench.users} users each send the next request as soon as the last
 *       one is answered; the request rate they reach is the saturation throughput.
 *   <li>{@code warmup}: a few looping users per scenario, all scenarios at once, to compile the hot
 *       code and fill the caches before anything is measured.
 * </ul>
 *
 * A run gets its own Gatling report per phase, so that each report holds one scenario under one
 * load. Measured phases start with a few seconds of unrecorded requests: the load generator is a
 * fresh JVM, and its own first requests are slow enough to spoil the 99th percentile.
 */
public class AgoraBench extends Simulation {

    private static final int WARMUP_USERS_PER_SCENARIO = 4;
    private static final Duration CLIENT_WARMUP = Duration.ofSeconds(5);

    public AgoraBench() {
        var baseUrl = required("bench.baseUrl");
        var model = System.getProperty("bench.model", "open");
        var duration = Duration.ofSeconds(Long.getLong("bench.duration", 20));
        var rate = Double.parseDouble(System.getProperty("bench.rate", "50"));
        var users = Integer.getInteger("bench.users", 32);
        var scenarios = Arrays.stream(System.getProperty("bench.scenarios", "static-file").split(","))
                .map(String::trim)
                .map(Scenarios::named)
                .toList();
        var target = new Target(baseUrl, Path.of(required("bench.feeders")), users);

        List<PopulationBuilder> populations = switch (model) {
            case "open" -> scenarios.stream()
                    .map(s -> clientWarmUp(s, target, baseUrl).andThen(scenario(s.name())
                            .exec(s.request(target))
                            .injectOpen(constantUsersPerSec(rate).during(duration))
                            .protocols(browser(baseUrl).shareConnections())))
                    .toList();
            case "closed" -> scenarios.stream()
                    .map(s -> clientWarmUp(s, target, baseUrl).andThen(loop(s.name(), s, target, duration)
                            .injectOpen(atOnceUsers(users))
                            .protocols(browser(baseUrl))))
                    .toList();
            case "warmup" -> scenarios.stream()
                    .map(s -> loop(s.name(), s, target, duration)
                            .injectOpen(atOnceUsers(WARMUP_USERS_PER_SCENARIO))
                            .protocols(browser(baseUrl)))
                    .toList();
            default -> throw new IllegalArgumentException("bench.model is open, closed or warmup, not " + model);
        };
        setUp(populations);
    }

    private static PopulationBuilder clientWarmUp(Scenario scenario, Target target, String baseUrl) {
        return loop(scenario.name() + " (unrecorded warm-up)", scenario, target, CLIENT_WARMUP)
                .injectOpen(atOnceUsers(WARMUP_USERS_PER_SCENARIO))
                .protocols(browser(baseUrl).silentUri(".*"));
    }

    private static String required(String property) {
        var value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("Set -D" + property + "; bench/run does");
        }
        return value;
    }

    private static ScenarioBuilder loop(String name, Scenario scenario, Target target, Duration duration) {
        return scenario(name).during(duration).on(scenario.request(target));
    }

    /**
     * Headers of a Belgian browser, compression included, since Agora compresses its pages. The
     * cache is off: a browser would keep the style sheet for a week, and the ceiling would vanish.
     */
    private static HttpProtocolBuilder browser(String baseUrl) {
        return http.baseUrl(baseUrl)
                .disableWarmUp()
                .disableCaching()
                .acceptHeader("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
                .acceptLanguageHeader("fr-BE,fr;q=0.9,nl;q=0.8,en;q=0.7")
                .acceptEncodingHeader("gzip, deflate")
                .userAgentHeader("agora-bench");
    }
}
