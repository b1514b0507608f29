package coop.agora.bench;

import static io.gatling.javaapi.core.CoreDsl.feed;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;

/**
 * A visitor who is not signed in reads a topic of 40 replies in a public category, as a search
 * engine or a member's client does: the page NodeBB's guest figures compare with.
 */
final class ForumTopicVisitor implements Scenario {

    @Override
    public String name() {
        return "forum-topic-visitor";
    }

    @Override
    public ChainBuilder request(Target target) {
        return feed(target.feeder("forum-long-topics.csv").random())
                .exec(http(name()).get("/forum/t/#{id}").check(status().is(200), substring("class=\"post__body\"").count().is(40)));
    }
}
