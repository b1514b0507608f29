package coop.agora.bench;

import static io.gatling.javaapi.core.CoreDsl.feed;
import static io.gatling.javaapi.core.CoreDsl.listFeeder;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.Cookie;
import static io.gatling.javaapi.http.HttpDsl.addCookie;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import java.time.YearMonth;

/**
 * An advisor opens the report of the last twelve months by office: the monthly figures summed,
 * the chart, the survey results and the backlog of open requests by age.
 */
final class HelpdeskYearlyReport implements Scenario {

    @Override
    public String name() {
        return "helpdesk-yearly-report";
    }

    @Override
    public ChainBuilder request(Target target) {
        var to = YearMonth.now();
        var from = to.minusMonths(11);
        return feed(listFeeder(target.signedInSessionsOf("helpdesk-advisors.csv")).circular())
                .exec(addCookie(Cookie(Target.SESSION_COOKIE, "#{session}")))
                .exec(http(name())
                        .get("/desk/reports?from=" + from + "&to=" + to + "&by=office")
                        .check(status().is(200), substring("<th scope=\"row\">").count().gte(12)));
    }
}
