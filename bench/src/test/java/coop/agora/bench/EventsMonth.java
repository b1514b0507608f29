package coop.agora.bench;

import static io.gatling.javaapi.core.CoreDsl.feed;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;

/** A visitor opens the agenda's month view of one of the coming twelve months, with no filter: the first events of every day. */
final class EventsMonth implements Scenario {

    @Override
    public String name() {
        return "events-month";
    }

    @Override
    public ChainBuilder request(Target target) {
        return feed(target.feeder("events-months.csv").random())
                .exec(http(name()).get("/events/month?month=#{month}").check(status().is(200), regex("href=\"/events/[0-9]+\"").exists()));
    }
}
