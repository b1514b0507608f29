package coop.agora.accounts;

import static coop.agora.accounts.RegistrationTests.GOOD_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import coop.agora.AgoraIntegrationTest;
import coop.agora.Outbox;
import coop.agora.Visitor;
import coop.agora.platform.Languages;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@AgoraIntegrationTest
class AccountPrivacyTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient db;

    @Autowired
    Members members;

    private Visitor signedInNewMember(String email) {
        var visitor = new Visitor(mvc);
        visitor.post("/register", "displayName", "Yannick Le Gall", "email", email, "password", GOOD_PASSWORD, "language", "fr", "homeOffice", "10");
        visitor.get(new Outbox(db).latestTo(email).orElseThrow().link());
        visitor.signIn(email, GOOD_PASSWORD);
        return visitor;
    }

    private long idOf(String email) {
        return db.sql("select id from accounts.account where email = ?").param(email).query(Long.class).single();
    }

    @Test
    void aMemberDownloadsEverythingAgoraKeepsAboutThem() {
        var email = RegistrationTests.newAddress();
        var visitor = signedInNewMember(email);

        var download = visitor.get("/account/data");

        assertThat(download).hasStatusOk().hasContentType("application/json");
        assertThat(download).headers().hasHeaderSatisfying("Content-Disposition",
                values -> assertThat(values.get(0)).startsWith("attachment").contains("agora-my-data-"));
        assertThat(download).bodyJson().extractingPath("$.account.email").isEqualTo(email);
        assertThat(download).bodyJson().extractingPath("$.account.displayName").isEqualTo("Yannick Le Gall");
        assertThat(download).bodyJson().extractingPath("$.account.homeOfficeId").isEqualTo(10);
        assertThat(download).bodyJson().extractingPath("$.mail[0].subject").isEqualTo("Confirmez votre adresse e-mail");
    }

    @Test
    void erasingAnAccountForgetsThePersonButKeepsWhoWroteWhatAsAFormerMember() {
        var email = RegistrationTests.newAddress();
        var visitor = signedInNewMember(email);
        var id = idOf(email);

        var erased = visitor.post("/account/erase", "currentPassword", GOOD_PASSWORD, "confirmation", "on");

        assertThat(erased).hasRedirectedUrl("/");
        var row = db.sql("select email, password_hash, display_name, status from accounts.account where id = ?")
                .param(id)
                .query()
                .singleRow();
        assertThat(row.get("email")).isNull();
        assertThat(row.get("password_hash")).isNull();
        assertThat(row.get("display_name")).isEqualTo("");
        assertThat(row.get("status")).isEqualTo("ERASED");
        assertThat(new Outbox(db).to(email)).isEmpty();
        assertThat(members.displayNames(List.of(id), Languages.FRENCH)).containsEntry(id, "Ancien membre");
        assertThat(members.displayNames(List.of(id), Languages.DUTCH)).containsEntry(id, "Voormalig lid");
        assertThat(visitor.get("/account")).hasStatus3xxRedirection();
        assertThat(new Visitor(mvc).signIn(email, GOOD_PASSWORD)).hasRedirectedUrl("/login?error=wrong");
    }

    @Test
    void erasingNeedsThePasswordAndTheConfirmation() {
        var email = RegistrationTests.newAddress();
        var visitor = signedInNewMember(email);

        var refused = visitor.post("/account/erase", "currentPassword", "wrong", "confirmation", "");

        assertThat(refused).hasStatus(422).bodyText()
                .contains("Votre mot de passe actuel n'est pas correct.")
                .contains("Cochez la case pour confirmer");
        assertThat(db.sql("select status from accounts.account where email = ?").param(email).query(String.class).single())
                .isEqualTo("ACTIVE");
    }

    @Test
    void aMemberChangesTheirAddressOnlyByOpeningTheLinkSentToTheNewOne() {
        var email = RegistrationTests.newAddress();
        var newEmail = RegistrationTests.newAddress();
        var visitor = signedInNewMember(email);

        assertThat(visitor.post("/account/email", "newEmail", newEmail, "currentPassword", GOOD_PASSWORD))
                .hasRedirectedUrl("/account");
        assertThat(idOf(email)).isPositive();

        var link = new Outbox(db).latestTo(newEmail).orElseThrow().link();
        assertThat(new Visitor(mvc).get(link)).bodyText().contains("Votre nouvelle adresse est enregistrée");

        assertThat(new Visitor(mvc).signIn(newEmail, GOOD_PASSWORD)).hasRedirectedUrl("/");
        assertThat(new Visitor(mvc).signIn(email, GOOD_PASSWORD)).hasRedirectedUrl("/login?error=wrong");
    }

    @Test
    void changingTheProfileChecksEveryFieldAndSavesNothingOnError() {
        var email = RegistrationTests.newAddress();
        var visitor = signedInNewMember(email);

        var refused = visitor.post("/account/profile", "displayName", " ", "language", "de", "homeOffice", "x");
        assertThat(refused).hasStatus(422);

        assertThat(visitor.post("/account/profile", "displayName", "Yannick", "language", "nl", "homeOffice", "7"))
                .hasRedirectedUrl("/account");
        assertThat(visitor.get("/")).bodyText().contains("Hallo Yannick");
        var row = db.sql("select display_name, language, home_office_id from accounts.account where email = ?")
                .param(email)
                .query()
                .singleRow();
        assertThat(row).containsEntry("display_name", "Yannick").containsEntry("language", "nl").containsEntry("home_office_id", 7L);
    }

    @Test
    void theLanguageSwitchIsRememberedForTheAccount() {
        var email = RegistrationTests.newAddress();
        var visitor = signedInNewMember(email);

        assertThat(visitor.post("/language", "lang", "en", "back", "/account")).hasRedirectedUrl("/account");

        assertThat(visitor.get("/account")).bodyText().contains("<html lang=\"en\">");
        assertThat(db.sql("select language from accounts.account where email = ?").param(email).query(String.class).single())
                .isEqualTo("en");
    }
}
