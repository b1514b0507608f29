package coop.agora.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import coop.agora.AgoraIntegrationTest;
import coop.agora.Outbox;
import coop.agora.Visitor;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@AgoraIntegrationTest
class RegistrationTests {

    static final String GOOD_PASSWORD = "violet tortue parapluie 42";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient db;

    Outbox outbox() {
        return new Outbox(db);
    }

    static String newAddress() {
        return "newcomer-" + UUID.randomUUID() + "@example.org";
    }

    int accountsWith(String email) {
        return db.sql("select count(*) from accounts.account where email = ?").param(email).query(Integer.class).single();
    }

    @Test
    void badInputIsExplainedNextToEachFieldInFrenchAndNothingIsCreated() {
        var email = "not-an-address";
        var page = new Visitor(mvc).post("/register",
                "displayName", "", "email", email, "password", "court", "language", "xx", "homeOffice", "999");

        assertThat(page).hasStatus(422);
        assertThat(page).bodyText()
                .contains("lang=\"fr\"")
                .contains("Indiquez votre nom.")
                .contains("Indiquez une adresse e-mail comme nom@exemple.org.")
                .contains("Votre mot de passe doit compter au moins 10 caractères.")
                .contains("Choisissez une langue dans la liste.")
                .contains("Choisissez un bureau dans la liste.")
                .contains("aria-invalid=\"true\"");
        assertThat(accountsWith(email)).isZero();
        assertThat(outbox().to(email)).isEmpty();
    }

    @Test
    void errorsComeInThePageLanguage() {
        var page = new Visitor(mvc).speaking("nl-BE").post("/register",
                "displayName", "Jan", "email", newAddress(), "password", "password123", "language", "nl");

        assertThat(page).hasStatus(422);
        assertThat(page).bodyText().contains("Dit wachtwoord is te makkelijk te raden.");
    }

    @Test
    void oversizedFieldsAreRefusedWithAClearMessage() {
        var email = newAddress();
        var page = new Visitor(mvc).post("/register",
                "displayName", "N".repeat(10_000), "email", email, "password", "x".repeat(5_000), "language", "fr");

        assertThat(page).hasStatus(422);
        assertThat(page).bodyText()
                .contains("Votre nom peut compter au maximum 100 caractères.")
                .contains("Votre mot de passe est trop long.")
                .doesNotContain("x".repeat(200));
        assertThat(accountsWith(email)).isZero();
    }

    @Test
    void aRefusedFormKeepsWhatWasTypedExceptThePassword() {
        var page = new Visitor(mvc).post("/register",
                "displayName", "Lotte <b>Peeters</b>", "email", "lotte@", "password", "violet tortue parapluie 42", "language", "nl");

        assertThat(page).bodyText()
                .contains("value=\"Lotte &lt;b>Peeters&lt;/b>\"")
                .contains("value=\"lotte@\"")
                .doesNotContain("violet tortue");
    }

    @Test
    void aNewcomerConfirmsTheirAddressWithALinkThatWorksOnce() {
        var email = newAddress();
        var visitor = new Visitor(mvc);

        var sent = visitor.post("/register",
                "displayName", "Élodie Moreau", "email", email.toUpperCase(), "password", GOOD_PASSWORD, "language", "fr", "homeOffice", "9");

        assertThat(sent).hasRedirectedUrl("/register/sent");
        var mail = outbox().latestTo(email).orElseThrow();
        assertThat(mail.subject()).isEqualTo("Confirmez votre adresse e-mail");
        assertThat(visitor.signIn(email, GOOD_PASSWORD)).hasRedirectedUrl("/login?error=unconfirmed");

        assertThat(visitor.get(mail.link())).bodyText().contains("Votre adresse est confirmée");
        assertThat(visitor.get(mail.link())).bodyText().contains("Ce lien a déjà servi");
        assertThat(visitor.signIn(email, GOOD_PASSWORD)).hasRedirectedUrl("/");
        assertThat(visitor.get("/")).bodyText().contains("Bonjour Élodie Moreau");
    }

    @Test
    void registeringAnAddressThatHasAnAccountRevealsNothingAndWarnsItsOwnerByMail() {
        var owner = "member@agora.example";
        var before = outbox().to(owner).size();

        var page = new Visitor(mvc).post("/register",
                "displayName", "Someone Else", "email", owner, "password", GOOD_PASSWORD, "language", "en");

        assertThat(page).hasRedirectedUrl("/register/sent");
        assertThat(accountsWith(owner)).isOne();
        var mails = outbox().to(owner);
        assertThat(mails).hasSize(before + 1);
        assertThat(mails.get(mails.size() - 1).subject()).isEqualTo("Vous avez déjà un compte");
        assertThat(new Visitor(mvc).signIn(owner, GOOD_PASSWORD)).hasRedirectedUrl("/login?error=wrong");
    }

    @Test
    void anUnknownOrMangledLinkSaysSoWithoutError() {
        var visitor = new Visitor(mvc);

        assertThat(visitor.get("/verify?token=nope")).hasStatusOk().bodyText().contains("Ce lien ne fonctionne pas");
        assertThat(visitor.get("/verify?token=" + "A".repeat(5_000))).hasStatusOk().bodyText().contains("Ce lien ne fonctionne pas");
        assertThat(visitor.get("/verify")).hasStatusOk().bodyText().contains("Ce lien ne fonctionne pas");
    }

    @Test
    void anExpiredLinkSaysItExpired() {
        var email = newAddress();
        var visitor = new Visitor(mvc);
        visitor.post("/register", "displayName", "Wout Claes", "email", email, "password", GOOD_PASSWORD, "language", "nl");
        db.sql("""
                update accounts.account_token set expires_at = now() - interval '1 minute'
                where account_id = (select id from accounts.account where email = ?)""")
                .param(email)
                .update();

        var page = visitor.speaking("nl").get(outbox().latestTo(email).orElseThrow().link());

        assertThat(page).bodyText().contains("Deze link is verlopen");
        assertThat(visitor.signIn(email, GOOD_PASSWORD)).hasRedirectedUrl("/login?error=unconfirmed");
    }
}
