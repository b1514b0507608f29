package coop.agora.events;

import static coop.agora.events.EventFixtures.create;
import static coop.agora.events.EventFixtures.signedIn;
import static coop.agora.events.EventFixtures.title;
import static org.assertj.core.api.Assertions.assertThat;

import coop.agora.AgoraIntegrationTest;
import coop.agora.Visitor;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** The month view: every day of the month under its heading, the first events of each, and the way to the others. */
@AgoraIntegrationTest
class MonthViewTests {

    @Autowired
    MockMvcTester mvc;

    /** A town of the test's own, so that the filter leaves out the events of other tests. */
    private static String town() {
        return "Stavelot" + System.nanoTime() % 1_000_000;
    }

    private static String body(Visitor visitor, String uri) throws Exception {
        return visitor.get(uri).getResponse().getContentAsString();
    }

    @Test
    void aDayWithMoreEventsThanShownSaysHowManyMoreAndLinksToThatDayInTheWeek() throws Exception {
        var advisor = signedIn(mvc, "advisor@agora.example");
        var town = town();
        var day = LocalDate.now(EventRules.DEFAULT_ZONE).plusDays(50);
        var titles = new ArrayList<String>();
        for (var hour : new int[] {15, 9, 13, 11, 10}) {
            var title = title("Atelier de " + hour + " h");
            create(advisor, title, "start", day + "T%02d:00".formatted(hour), "end", day + "T%02d:45".formatted(hour),
                    "place", "town", "office", "", "town", town);
            titles.add(title);
        }

        var month = body(new Visitor(mvc), "/events/month?month=" + YearMonth.from(day) + "&town=" + town);

        var week = "/events/week?week=" + EventsController.weekOf(day) + "&amp;type=&amp;office=&amp;language=&amp;town=" + town;
        assertThat(month).contains(titles.get(1), titles.get(4), titles.get(3), "id=\"day-" + day + "\"",
                "2 autres événements ce jour-là", "href=\"" + week + "#day-" + day + "\"");
        assertThat(month).doesNotContain(titles.get(2), titles.get(0));
        assertThat(body(new Visitor(mvc), week.replace("&amp;", "&"))).contains(titles.get(2), titles.get(0), "id=\"day-" + day + "\"");
    }

    @Test
    void everyDayOfTheMonthHasItsHeadingAndEachEventItsSeatsLeft() throws Exception {
        var advisor = signedIn(mvc, "advisor@agora.example");
        var town = town();
        var day = LocalDate.now(EventRules.DEFAULT_ZONE).plusDays(45);
        var title = title("Rencontre");
        create(advisor, title, "start", day + "T18:00", "end", day + "T20:00", "place", "town", "office", "", "town", town, "capacity", "12");
        var month = YearMonth.from(day);

        var page = body(new Visitor(mvc).speaking("nl-BE"), "/events/month?month=" + month + "&town=" + town);

        assertThat(page).contains(title, "12 plaatsen vrij", "id=\"day-" + month.atDay(1) + "\"", "id=\"day-" + month.atEndOfMonth() + "\"")
                .doesNotContain("Geen evenementen deze maand", "op deze dag");
        assertThat(body(new Visitor(mvc).speaking("en"), "/events/month?month=" + month.plusMonths(1) + "&town=" + town))
                .contains("No events this month for these choices.");
    }
}
