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
class SignInTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient db;

    @Test
    void aWrongPasswordAndAnUnknownAddressGetTheSameAnswer() {
        var visitor = new Visitor(mvc);

        assertThat(visitor.signIn("member@agora.example", "not the password")).hasRedirectedUrl("/login?error=wrong");
        assertThat(visitor.signIn("nobody-here@agora.example", "not the password")).hasRedirectedUrl("/login?error=wrong");
        assertThat(visitor.get("/login?error=wrong")).bodyText()
                .contains("L'adresse e-mail ou le mot de passe n'est pas correct.");
    }

    @Test
    void anOverloadedSignInAsksToTryAgainInsteadOfBlamingThePassword() {
        assertThat(new Visitor(mvc).get("/login?error=busy")).bodyText().contains("Réessayez dans un instant.");
    }

    @Test
    void aBlockedAccountIsToldSoOnlyWithItsPassword() {
        var email = RegistrationTests.newAddress();
        var visitor = new Visitor(mvc);
        visitor.post("/register", "displayName", "Bram Maes", "email", email, "password", GOOD_PASSWORD, "language", "nl");
        visitor.get(new Outbox(db).latestTo(email).orElseThrow().link());
        db.sql("update accounts.account set status = 'DISABLED' where email = ?").param(email).update();

        assertThat(visitor.signIn(email, "wrong password here")).hasRedirectedUrl("/login?error=wrong");
        assertThat(visitor.signIn(email, GOOD_PASSWORD)).hasRedirectedUrl("/login?error=blocked");
    }

    @Test
    void signingInSwitchesPagesToThePersonsLanguage() {
        var visitor = new Visitor(mvc).speaking("fr-BE");

        assertThat(visitor.signIn("advisor@agora.example", "agora-demo-2026")).hasRedirectedUrl("/");

        assertThat(visitor.get("/")).bodyText().contains("<html lang=\"nl\">").contains("Hallo Pieter Janssens");
    }

    @Test
    void tenWrongPasswordsForOneAccountMakeItWaitEvenWithTheRightOne() {
        var email = RegistrationTests.newAddress();
        var visitor = new Visitor(mvc);
        visitor.post("/register", "displayName", "Sanne Willems", "email", email, "password", GOOD_PASSWORD, "language", "nl");
        visitor.get(new Outbox(db).latestTo(email).orElseThrow().link());

        for (int attempt = 0; attempt < 10; attempt++) {
            assertThat(new Visitor(mvc).signIn(email, "guess " + attempt)).hasRedirectedUrl("/login?error=wrong");
        }

        assertThat(new Visitor(mvc).signIn(email, GOOD_PASSWORD)).hasRedirectedUrl("/login?error=throttled");
        assertThat(visitor.get("/login?error=throttled")).bodyText().contains("Trop d'essais.");
    }

    @Test
    void oneNetworkAddressTryingManyAccountsIsSlowedDown() {
        var visitor = new Visitor(mvc);

        for (int attempt = 0; attempt < 50; attempt++) {
            visitor.signIn("someone-" + attempt + "@example.org", "guess");
        }

        assertThat(visitor.signIn("member@agora.example", "agora-demo-2026")).hasRedirectedUrl("/login?error=throttled");
    }

    @Test
    void signingOutEndsTheSession() {
        var visitor = new Visitor(mvc);
        visitor.signIn("member@agora.example", "agora-demo-2026");
        assertThat(visitor.get("/account")).hasStatusOk();

        assertThat(visitor.post("/logout")).hasRedirectedUrl("/?signedOut=true");
        assertThat(visitor.get("/?signedOut=true")).bodyText().contains("Vous êtes déconnecté·e.");

        assertThat(visitor.get("/account")).hasStatus3xxRedirection();
    }
}
