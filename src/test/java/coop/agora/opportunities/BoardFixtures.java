package coop.agora.opportunities;

import static org.assertj.core.api.Assertions.assertThat;

import coop.agora.Visitor;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** Signed-in demo people and opportunities published through the form, as authors publish them. */
final class BoardFixtures {

    static final String PASSWORD = "agora-demo-2026";
    private static final AtomicInteger NUMBER = new AtomicInteger();

    private BoardFixtures() {}

    static Visitor signedIn(MockMvcTester mvc, String email) {
        var visitor = new Visitor(mvc);
        visitor.signIn(email, PASSWORD);
        return visitor;
    }

    /** A unique title, so tests sharing the database find their own opportunities. */
    static String title(String base) {
        return base + " " + Long.toString(System.nanoTime() % 1_000_000_000L, 36) + NUMBER.incrementAndGet();
    }

    static String inDays(int days) {
        return BoardRules.today().plusDays(days).toString();
    }

    /**
     * The fields of a valid remote mission in French wanting web development, with changes as name,
     * value pairs; a change of {@code skills} replaces all skills, and may be repeated.
     */
    static String[] fields(String title, String... changes) {
        var fields = new ArrayList<>(List.of(
                "kind", "MISSION",
                "title", title,
                "description", "Un site **accessible** pour une asbl.",
                "place", "remote",
                "town", "",
                "region", "",
                "languages", "fr",
                "budget", "400 euros par jour",
                "deadline", inDays(20),
                "audience", "MEMBERS"));
        var skills = new ArrayList<>(List.of("Développement web"));
        var skillsChanged = false;
        for (int i = 0; i + 1 < changes.length; i += 2) {
            if (changes[i].equals("skills")) {
                if (!skillsChanged) {
                    skills.clear();
                    skillsChanged = true;
                }
                skills.add(changes[i + 1]);
                continue;
            }
            var replaced = false;
            for (int at = 0; at < fields.size(); at += 2) {
                if (fields.get(at).equals(changes[i])) {
                    fields.set(at + 1, changes[i + 1]);
                    replaced = true;
                }
            }
            if (!replaced) {
                fields.add(changes[i]);
                fields.add(changes[i + 1]);
            }
        }
        skills.forEach(skill -> {
            fields.add("skills");
            fields.add(skill);
        });
        return fields.toArray(String[]::new);
    }

    /** Publishes through the form and gives the opportunity's id. */
    static long publish(Visitor author, String title, String... changes) {
        var result = author.post("/opportunities", fields(title, changes));
        assertThat(result.getResponse().getStatus()).as("publishing %s", title).isEqualTo(302);
        var location = result.getResponse().getRedirectedUrl();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }
}
