package coop.agora.bench;

import static io.gatling.javaapi.core.CoreDsl.feed;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;

/** A visitor opens the agenda's week view of one of the coming 52 weeks, with no filter: every event of the week, day by day. */
final class EventsWeek implements Scenario {

    @Override
    public String name() {
        return "events-week";
    }

    @Override
    public ChainBuilder request(Target target) {
        return feed(target.feeder("events-weeks.csv").random())
                .exec(http(name()).get("/events/week?week=#{week}").check(status().is(200), substring("class=\"card\"").exists()));
    }
}
