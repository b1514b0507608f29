package coop.agora.bench;

import static io.gatling.javaapi.core.CoreDsl.feed;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;

/** A member types the start of a skill on the profile form and gets suggestions from the vocabulary. */
final class DirectoryAutocomplete implements Scenario {

    @Override
    public String name() {
        return "directory-autocomplete";
    }

    @Override
    public ChainBuilder request(Target target) {
        return feed(target.feeder("directory-prefixes.csv").random())
                .exec(http(name()).get("/directory/skills/suggest?newSkill=#{prefix}").header("HX-Request", "true")
                        .check(status().is(200)));
    }
}
