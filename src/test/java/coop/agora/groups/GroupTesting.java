package coop.agora.groups;

import static org.assertj.core.api.Assertions.assertThat;

import coop.agora.Visitor;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** New members for a test, each with a unique address so tests sharing the database never meet, and groups to try things on. */
final class GroupTesting {

    static final String PASSWORD = "agora-demo-2026";

    private final MockMvcTester mvc;
    private final JdbcClient db;

    GroupTesting(MockMvcTester mvc, JdbcClient db) {
        this.mvc = mvc;
        this.db = db;
    }

    record Person(long id, String email, Visitor visitor) {}

    Person member(String name, String... roles) {
        var email = "groups." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
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

    static String unique(String name) {
        return name + " " + UUID.randomUUID().toString().substring(0, 6);
    }

    /** A group proposed by this person, with the given way of joining; not yet approved. */
    long proposed(Person proposer, String name, String joining) {
        var result = proposer.visitor().post("/groups", "name", name, "kind", "THEMATIC", "description", "Nous parlons de **musique**.",
                "languages", "fr", "joining", joining);
        assertThat(result).hasStatus3xxRedirection();
        return Long.parseLong(result.getResponse().getRedirectedUrl().replace("/groups/", ""));
    }

    /** A group proposed by this person and approved by a new advisor. */
    long approved(Person proposer, String name, String joining) {
        var id = proposed(proposer, name, joining);
        assertThat(member("Conseillère", "ADVISOR").visitor().post("/groups/" + id + "/approve")).hasStatus3xxRedirection();
        return id;
    }

    String membershipOf(long groupId, long memberId) {
        return db.sql("select status from groups.membership where group_id = ? and member_id = ?")
                .params(groupId, memberId)
                .query(String.class)
                .optional()
                .orElse("NONE");
    }
}
