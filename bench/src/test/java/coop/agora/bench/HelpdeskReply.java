package coop.agora.bench;

import static io.gatling.javaapi.core.CoreDsl.feed;
import static io.gatling.javaapi.core.CoreDsl.listFeeder;
import static io.gatling.javaapi.http.HttpDsl.Cookie;
import static io.gatling.javaapi.http.HttpDsl.addCookie;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * An advisor answers an open request of their pole: the checks, the message stored, the request's
 * status and times, the events, and the mail to the member put in the outbox.
 */
final class HelpdeskReply implements Scenario {

    @Override
    public String name() {
        return "helpdesk-reply";
    }

    @Override
    public ChainBuilder request(Target target) {
        var csrf = target.csrf();
        var openByPole = openRequestsByPole(target);
        return feed(listFeeder(target.signedInSessionsOf("helpdesk-advisors.csv")).circular())
                .exec(addCookie(Cookie(Target.SESSION_COOKIE, "#{session}")))
                .exec(addCookie(Cookie(Target.CSRF_COOKIE, csrf.cookie())))
                .exec(session -> {
                    var ids = openByPole.get(session.getString("pole"));
                    return session.set("id", ids.get(ThreadLocalRandom.current().nextInt(ids.size())));
                })
                .exec(http(name())
                        .post("/desk/requests/#{id}/write")
                        .formParam("_csrf", csrf.field())
                        .formParam("kind", "ADVISOR")
                        .formParam("after", "ANSWERED")
                        .formParam("body", "Bonjour,\n\nVous pouvez facturer **sans TVA belge** avec la mention « autoliquidation ».\n\nBien à vous,")
                        .disableFollowRedirect()
                        .check(status().is(302), header("Location").transform(location -> location.contains("/desk/requests/")).is(true)));
    }

    /** Open requests by pole, so that each advisor answers in their own pole. */
    private static Map<String, List<String>> openRequestsByPole(Target target) {
        var byPole = new HashMap<String, List<String>>();
        try (var lines = Files.lines(target.feederFile("helpdesk-open-requests.csv"))) {
            lines.skip(1).forEach(line -> {
                var columns = line.split(",");
                byPole.computeIfAbsent(columns[1], pole -> new ArrayList<>()).add(columns[0]);
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return byPole;
    }
}
