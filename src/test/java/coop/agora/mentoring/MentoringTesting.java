package coop.agora.mentoring;

import static org.assertj.core.api.Assertions.assertThat;

import coop.agora.Visitor;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** New members for a test, mentors stored as the offer form would, and requests. */
final class MentoringTesting {

    static final String PASSWORD = "agora-demo-2026";

    private final MockMvcTester mvc;
    private final JdbcClient db;

    MentoringTesting(MockMvcTester mvc, JdbcClient db) {
        this.mvc = mvc;
        this.db = db;
    }

    record Person(long id, String email, Visitor visitor) {}

    Person member(String name, String... roles) {
        var email = "mentoring." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        var hash = db.sql("select password_hash from accounts.account where email = 'member@agora.example'").query(String.class).single();
        var id = db.sql("""
                        insert into accounts.account (email, password_hash, display_name, language, status, verified_at)
                        values (?, ?, ?, 'fr', 'ACTIVE', now()) returning id""")
                .params(email, hash, name)
                .query(Long.class)
                .single();
        db.sql("insert into accounts.account_role (account_id, role) values (?, 'MEMBER')").param(id).update();
        for (var role : roles) {
            db.sql("insert into accounts.account_role (account_id, role) values (?, ?)").params(id, role).update();
        }
        var visitor = new Visitor(mvc).speaking("fr-BE");
        visitor.signIn(email, PASSWORD);
        return new Person(id, email, visitor);
    }

    long skill(String frenchLabel) {
        return db.sql("select id from directory.skill where label_fr = ?").param(frenchLabel).query(Long.class).single();
    }

    /** A mentor as the offer form stores one, in a town given by its coordinates. */
    void mentor(Person person, Long[] skills, String[] languages, double latitude, double longitude, int capacity) {
        db.sql("""
                        insert into mentoring.mentor (member_id, skill_ids, sectors, languages, town_label, latitude, longitude, remote, capacity)
                        values (?, ?, '{MUSIC}', ?, 'Somewhere', ?, ?, false, ?)""")
                .params(person.id(), skills, languages, latitude, longitude, capacity)
                .update();
    }

    /** A request with the given skills, from Liège, and its id. */
    long request(Person mentee, String... skills) {
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

    long asked(Person mentee, long request, Person mentor) {
        var result = mentee.visitor().post("/mentoring/requests/" + request + "/ask", "mentor", String.valueOf(mentor.id()));
        assertThat(result).hasStatus3xxRedirection();
        return Long.parseLong(result.getResponse().getRedirectedUrl().replace("/mentoring/mentorships/", ""));
    }

    String status(long mentorship) {
        return db.sql("select status from mentoring.mentorship where id = ?").param(mentorship).query(String.class).single();
    }

    int activeCount(Person mentor) {
        return db.sql("select active_count from mentoring.mentor where member_id = ?").param(mentor.id()).query(Integer.class).single();
    }
}
