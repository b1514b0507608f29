package coop.agora.bench;

import static io.gatling.javaapi.core.CoreDsl.feed;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;

/** A visitor's app reads a topic of 40 replies as JSON: the same read model as the page, without HTML. */
final class ForumTopicJson implements Scenario {

    @Override
    public String name() {
        return "forum-topic-json";
    }

    @Override
    public ChainBuilder request(Target target) {
        return feed(target.feeder("forum-long-topics.csv").random())
                .exec(http(name()).get("/forum/api/topics/#{id}").check(status().is(200), jsonPath("$.posts[39].id").exists()));
    }
}
