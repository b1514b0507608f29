package coop.agora.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import coop.agora.AgoraIntegrationTest;
import coop.agora.Visitor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@AgoraIntegrationTest
class AdminUsersTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient db;

    private Visitor admin() {
        var admin = new Visitor(mvc);
        admin.signIn("admin@agora.example", "agora-demo-2026");
        return admin;
    }

    @Test
    void adminsFindPeopleWithoutAccentsWithTyposAndByPartOfAName() {
        var admin = admin();

        assertThat(admin.get("/admin/users?q=ines")).bodyText().contains("Inès Dubois");
        assertThat(admin.get("/admin/users?q=dubios")).bodyText().contains("Inès Dubois");
        assertThat(admin.get("/admin/users?q=elod")).bodyText().contains("Élodie Moreau");
        assertThat(admin.get("/admin/users?q=janssens")).bodyText().contains("Pieter Janssens").doesNotContain("Inès Dubois");
        assertThat(admin.get("/admin/users?q=lotte.peeters@agora.example")).bodyText()
                .contains("Lotte Peeters")
                .contains("1 personnes trouvées");
    }

    @Test
    void searchAsYouTypeAnswersWithTheResultsOnly() {
        var fragment = admin().get("/admin/users?q=peeters", "HX-Request", "true");

        assertThat(fragment).hasStatusOk().bodyText().contains("Lotte Peeters").doesNotContain("<html");
    }

    @Test
    void hostileSearchTextGivesAnAnswerNotAnError() {
        var admin = admin();

        for (var query : new String[] {"\"", "a AND (b OR", "'; drop table accounts.account; --", "*~^", "x".repeat(5_000), "<script>"}) {
            assertThat(admin.get("/admin/users?q=" + java.net.URLEncoder.encode(query, java.nio.charset.StandardCharsets.UTF_8)))
                    .as(query)
                    .hasStatusOk();
        }
        assertThat(admin.get("/admin/users?q=%3Cscript%3E")).bodyText().doesNotContain("<script>");
    }

    @Test
    void filtersByRole() {
        var advisors = admin().get("/admin/users?role=ADVISOR");

        assertThat(advisors).bodyText().contains("Pieter Janssens").doesNotContain("Lotte Peeters");
    }

    @Test
    void anAdvisorNeedsAPoleAndAnOffice() {
        var admin = admin();
        var id = db.sql("select id from accounts.account where email = 'wout.claes@agora.example'").query(Long.class).single();

        assertThat(admin.post("/admin/users/" + id, "roles", "MEMBER", "roles", "ADVISOR", "enabled", "on"))
                .hasStatus(422)
                .bodyText()
                .contains("Un·e conseiller·ère a besoin d'au moins un pôle et un bureau.");

        assertThat(admin.post("/admin/users/" + id,
                        "roles", "MEMBER", "roles", "ADVISOR", "poles", "FIRST_LINE", "offices", "6", "enabled", "on"))
                .hasRedirectedUrl("/admin/users/" + id);
        assertThat(db.sql("select pole from accounts.advisor_pole where account_id = ?").param(id).query(String.class).list())
                .containsExactly("FIRST_LINE");
        assertThat(db.sql("select role from accounts.account_role where account_id = ?").param(id).query(String.class).list())
                .containsExactlyInAnyOrder("MEMBER", "ADVISOR");
    }

    @Test
    void anAdminCannotRemoveTheirOwnAdminRole() {
        var admin = admin();
        var id = db.sql("select id from accounts.account where email = 'admin@agora.example'").query(Long.class).single();

        assertThat(admin.post("/admin/users/" + id, "roles", "MEMBER", "enabled", "on")).hasStatus(422);
        assertThat(db.sql("select count(*) from accounts.account_role where account_id = ? and role = 'ADMIN'")
                        .param(id)
                        .query(Integer.class)
                        .single())
                .isOne();
    }

    @Test
    void membersAndVisitorsCannotOpenAdminPages() {
        var member = new Visitor(mvc);
        member.signIn("member@agora.example", "agora-demo-2026");

        assertThat(member.get("/admin/users")).hasStatus(403);
        assertThat(member.post("/admin/users/1", "roles", "ADMIN")).hasStatus(403);
        assertThat(new Visitor(mvc).get("/admin/outbox")).hasStatus3xxRedirection();
    }
}
