package coop.agora.events;

import static org.assertj.core.api.Assertions.assertThat;

import coop.agora.Visitor;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** Signed-in demo people and events made through the form, as organizers make them. */
final class EventFixtures {

    static final String PASSWORD = "agora-demo-2026";
    private static final DateTimeFormatter INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");
    private static final AtomicInteger NUMBER = new AtomicInteger();

    private EventFixtures() {}

    static Visitor signedIn(MockMvcTester mvc, String email) {
        var visitor = new Visitor(mvc);
        visitor.signIn(email, PASSWORD);
        return visitor;
    }

    /** A unique title, so tests sharing the database find their own events. */
    static String title(String base) {
        return base + " #" + NUMBER.incrementAndGet() + "-" + System.nanoTime() % 100_000;
    }

    static String inDays(int days, int hour) {
        return INPUT.format(LocalDateTime.now(EventRules.DEFAULT_ZONE).plusDays(days).withHour(hour).withMinute(0));
    }

    /** The fields of a valid event at the Brussels office, with changes as name, value pairs. */
    static String[] fields(String title, String... changes) {
        var fields = new ArrayList<>(List.of(
                "title", title,
                "description", "Un moment pour **se rencontrer**.",
                "type", "NETWORKING",
                "language", "fr",
                "start", inDays(10, 18),
                "end", inDays(10, 20),
                "place", "office",
                "office", "1",
                "town", "",
                "onlineUrl", "",
                "capacity", "",
                "question", ""));
        for (int i = 0; i + 1 < changes.length; i += 2) {
            for (int at = 0; at < fields.size(); at += 2) {
                if (fields.get(at).equals(changes[i])) {
                    fields.set(at + 1, changes[i + 1]);
                }
            }
        }
        return fields.toArray(String[]::new);
    }

    /** Creates an event through the form and gives its id. */
    static long create(Visitor organizer, String title, String... changes) {
        var result = organizer.post("/events", fields(title, changes));
        assertThat(result.getResponse().getStatus()).as("creating %s", title).isEqualTo(302);
        var location = result.getResponse().getRedirectedUrl();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }
}
