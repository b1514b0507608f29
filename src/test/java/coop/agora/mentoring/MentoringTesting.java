package coop.agora.mentoring;

import static org.assertj.core.api.Assertions.assertThat;

import coop.agora.NewMembers;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** New members for a test, mentors stored as the offer form would, and requests. */
final class MentoringTesting {

    private final NewMembers people;
    private final JdbcClient db;

    MentoringTesting(MockMvcTester mvc, JdbcClient db) {
        this.people = new NewMembers(mvc, db, "mentoring");
        this.db = db;
    }

    NewMembers.Member member(String name, String... roles) {
        return people.signedIn(name, "fr", roles);
    }

    long skill(String frenchLabel) {
        return db.sql("select id from directory.skill where label_fr = ?").param(frenchLabel).query(Long.class).single();
    }

    /** A mentor as the offer form stores one, in a town given by its coordinates. */
    void mentor(NewMembers.Member person, Long[] skills, String[] languages, double latitude, double longitude, int capacity) {
        db.sql("""
                        insert into mentoring.mentor (member_id, skill_ids, sectors, languages, town_label, latitude, longitude, remote, capacity)
                        values (?, ?, '{MUSIC}', ?, 'Somewhere', ?, ?, false, ?)""")
                .params(person.id(), skills, languages, latitude, longitude, capacity)
                .update();
    }

    /** A request with the given skills, from Liège, and its id. */
    long request(NewMembers.Member mentee, String... skills) {
        var fields = new java.util.ArrayList<String>(java.util.List.of("project", "Je donne des cours de musique et je veux en vivre.",
                "languages", "fr", "town", "4000", "sectors", "MUSIC"));
        for (var skill : skills) {
            fields.add("skills");
            fields.add(skill);
        }
        var result = mentee.visitor().post("/mentoring/requests", fields.toArray(String[]::new));
        assertThat(result).hasStatus3xxRedirection();
        return Long.parseLong(result.getResponse().getRedirectedUrl().replace("/mentoring/requests/", ""));
    }

    long asked(NewMembers.Member mentee, long request, NewMembers.Member mentor) {
        var result = mentee.visitor().post("/mentoring/requests/" + request + "/ask", "mentor", String.valueOf(mentor.id()));
        assertThat(result).hasStatus3xxRedirection();
        return Long.parseLong(result.getResponse().getRedirectedUrl().replace("/mentoring/mentorships/", ""));
    }

    String status(long mentorship) {
        return db.sql("select status from mentoring.mentorship where id = ?").param(mentorship).query(String.class).single();
    }

    int activeCount(NewMembers.Member mentor) {
        return db.sql("select active_count from mentoring.mentor where member_id = ?").param(mentor.id()).query(Integer.class).single();
    }
}
