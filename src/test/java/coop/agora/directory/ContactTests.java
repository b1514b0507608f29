package coop.agora.directory;

import coop.agora.NewMembers;
import static org.assertj.core.api.Assertions.assertThat;

import coop.agora.AgoraIntegrationTest;
import coop.agora.Outbox;
import coop.agora.Visitor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@AgoraIntegrationTest
class ContactTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient db;

    private NewMembers.Member listed(String name, String visibility) {
        var member = new TestMembers(mvc, db).signedIn(name, "nl");
        member.visitor().post("/directory/profile", TestMembers.profile(name, visibility, "Gent", "languages", "nl"));
        return member;
    }

    @Test
    void aClientWritesToAPublicMemberWithoutSeeingTheirAddress() {
        var member = listed("Mira Public", "PUBLIC");
        var client = new Visitor(mvc);

        var page = client.get("/directory/members/" + member.id() + "-mira-public");
        var sent = client.post("/directory/members/" + member.id() + "/contact",
                "name", "Client Person", "email", "client@example.org", "message", "Could you make a logo for our bakery?");

        assertThat(page).bodyText().doesNotContain(member.email());
        assertThat(sent).hasStatus3xxRedirection();
        var mail = new Outbox(db).latestTo(member.email()).orElseThrow();
        assertThat(mail.subject()).isEqualTo("Client Person schrijft je via de ledenlijst van Agora");
        assertThat(mail.body()).contains("client@example.org", "Could you make a logo for our bakery?");
    }

    @Test
    void aMessageWithoutAnAddressToAnswerToIsRefusedAndNotSent() {
        var member = listed("Nour Careful", "PUBLIC");

        var refused = new Visitor(mvc).post("/directory/members/" + member.id() + "/contact",
                "name", "", "email", "not an address", "message", "x".repeat(5_000));

        assertThat(refused).hasStatus(422).bodyText().contains("Indiquez votre nom.", "Indiquez une adresse e-mail", "3 000 caractères");
        assertThat(new Outbox(db).to(member.email())).noneMatch(mail -> mail.subject().contains("ledenlijst"));
    }

    @Test
    void aSenderWhoWritesTooOftenIsAskedToWait() {
        var member = listed("Olga Popular", "PUBLIC");
        var sender = new TestMembers(mvc, db).signedIn("Eager Sender", "fr").visitor();
        for (int i = 0; i < Contacts.PER_HOUR; i++) {
            sender.post("/directory/members/" + member.id() + "/contact", "name", "Eager", "email", "eager@example.org", "message", "Hello " + i);
        }

        var refused = sender.post("/directory/members/" + member.id() + "/contact", "name", "Eager", "email", "eager@example.org", "message", "Again");

        assertThat(refused).hasStatus(429).bodyText().contains("Réessayez plus tard");
    }

    @Test
    void aMembersOnlyProfileCannotBeWrittenToFromOutside() {
        var member = listed("Pim Members", "MEMBERS");

        var refused = new Visitor(mvc).post("/directory/members/" + member.id() + "/contact",
                "name", "Outsider", "email", "outsider@example.org", "message", "Hello");

        assertThat(refused).hasStatus(404);
    }
}
