package coop.agora.bench;

import static io.gatling.javaapi.core.CoreDsl.feed;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;

/** A visitor reads a guide among 15,000 translations: the article, its category, its other languages and its Markdown made safe. */
final class KnowledgeArticle implements Scenario {

    @Override
    public String name() {
        return "knowledge-article";
    }

    @Override
    public ChainBuilder request(Target target) {
        return feed(target.feeder("knowledge-articles.csv").random())
                .exec(http(name()).get("/knowledge/articles/#{group_id}/#{language}").check(status().is(200), substring("article-body")));
    }
}
