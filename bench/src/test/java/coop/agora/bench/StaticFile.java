package coop.agora.bench;

import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;

/**
 * The ceiling: the style sheet, served by the same server through the same filters, with no
 * database and no template. Every other scenario is reported as a ratio to it.
 */
final class StaticFile implements Scenario {

    @Override
    public String name() {
        return "static-file";
    }

    @Override
    public ChainBuilder request(Target target) {
        return exec(http(name()).get("/css/agora.css").check(status().is(200)));
    }
}
