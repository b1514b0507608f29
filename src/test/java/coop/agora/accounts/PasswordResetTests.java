package coop.agora.accounts;

import static coop.agora.accounts.RegistrationTests.GOOD_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import coop.agora.AgoraIntegrationTest;
import coop.agora.Outbox;
import coop.agora.Visitor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@AgoraIntegrationTest
class PasswordResetTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient db;

    private String activeMember() {
        var email = RegistrationTests.newAddress();
        var visitor = new Visitor(mvc);
        visitor.post("/register", "displayName", "Mehdi Haddad", "email", email, "password", GOOD_PASSWORD, "language", "fr");
        visitor.get(new Outbox(db).latestTo(email).orElseThrow().link());
        return email;
    }

    @Test
    void aMemberChoosesANewPasswordThroughALinkThatWorksOnce() {
        var email = activeMember();
        var visitor = new Visitor(mvc);

        assertThat(visitor.post("/password/forgot", "email", email)).hasRedirectedUrl("/password/forgot?sent");
        var link = new Outbox(db).latestTo(email).orElseThrow().link();
        assertThat(visitor.get(link)).hasStatusOk().bodyText().contains("Choisir un nouveau mot de passe");

        var token = link.substring(link.indexOf("token=") + 6);
        var weak = visitor.post("/password/reset", "token", token, "password", "mehdihaddad");
        assertThat(weak).hasStatus(422).bodyText().contains("trop facile à deviner");

        assertThat(visitor.post("/password/reset", "token", token, "password", "citron bleu montagne 7")).hasRedirectedUrl("/login");
        assertThat(visitor.post("/password/reset", "token", token, "password", "autre chose encore 99")).bodyText()
                .contains("Ce lien a déjà servi");
        assertThat(new Visitor(mvc).signIn(email, GOOD_PASSWORD)).hasRedirectedUrl("/login?error=wrong");
        assertThat(new Visitor(mvc).signIn(email, "citron bleu montagne 7")).hasRedirectedUrl("/");
        assertThat(new Outbox(db).latestTo(email).orElseThrow().subject()).isEqualTo("Votre mot de passe a été changé");
    }

    @Test
    void resettingAPasswordSignsOutEverySessionOfTheAccount() {
        var email = activeMember();
        var elsewhere = new Visitor(mvc);
        elsewhere.signIn(email, GOOD_PASSWORD);
        assertThat(elsewhere.get("/account")).hasStatusOk();

        new Visitor(mvc).post("/password/forgot", "email", email);
        var link = new Outbox(db).latestTo(email).orElseThrow().link();
        new Visitor(mvc).post("/password/reset", "token", link.substring(link.indexOf("token=") + 6), "password", "citron bleu montagne 7");

        assertThat(elsewhere.get("/account")).hasStatus3xxRedirection();
    }

    @Test
    void anUnknownAddressGetsTheSameAnswerAndNoMail() {
        var unknown = RegistrationTests.newAddress();

        assertThat(new Visitor(mvc).post("/password/forgot", "email", unknown)).hasRedirectedUrl("/password/forgot?sent");
        assertThat(new Outbox(db).to(unknown)).isEmpty();
    }

    @Test
    void aMalformedAddressIsExplained() {
        assertThat(new Visitor(mvc).speaking("en").post("/password/forgot", "email", "x".repeat(5_000)))
                .hasStatus(422)
                .bodyText()
                .contains("An e-mail address can have at most 254 characters.");
    }
}
