package coop.agora.bench;

import static io.gatling.javaapi.core.CoreDsl.feed;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;

/** A calendar application fetches a member's private feed of 500 coming events. */
final class EventsFeed implements Scenario {

    @Override
    public String name() {
        return "events-ical";
    }

    @Override
    public ChainBuilder request(Target target) {
        return feed(target.feeder("events-feeds.csv").random())
                .exec(http(name()).get("/events/feed/#{secret}.ics").check(status().is(200), substring("BEGIN:VEVENT").count().is(500)));
    }
}
