package coop.agora.groups;

import static org.assertj.core.api.Assertions.assertThat;

import coop.agora.NewMembers;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** New members for a test, each with a unique address so tests sharing the database never meet, and groups to try things on. */
final class GroupTesting {

    private final NewMembers people;
    private final JdbcClient db;

    GroupTesting(MockMvcTester mvc, JdbcClient db) {
        this.people = new NewMembers(mvc, db, "groups");
        this.db = db;
    }

    NewMembers.Member member(String name, String... roles) {
        return people.signedIn(name, "fr", roles);
    }

    static String unique(String name) {
        return name + " " + UUID.randomUUID().toString().substring(0, 6);
    }

    /** A group proposed by this person, with the given way of joining; not yet approved. */
    long proposed(NewMembers.Member proposer, String name, String joining) {
        var result = proposer.visitor().post("/groups", "name", name, "kind", "THEMATIC", "description", "Nous parlons de **musique**.",
                "languages", "fr", "joining", joining);
        assertThat(result).hasStatus3xxRedirection();
        return Long.parseLong(result.getResponse().getRedirectedUrl().replace("/groups/", ""));
    }

    /** A group proposed by this person and approved by a new advisor. */
    long approved(NewMembers.Member proposer, String name, String joining) {
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
