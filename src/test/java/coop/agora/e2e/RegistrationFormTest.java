package coop.agora.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The registration form's answers to mistakes, in each language, with and without JavaScript. */
class RegistrationFormTest extends BrowserTest {

    private static final String PASSWORD = "violet tortue parapluie 42";

    /** What the form says, in one language, to someone who left the name out and typed a bad address and a short password. */
    record Wording(String locale, String lang, String summary, String nameRequired, String emailInvalid, String passwordShort) {

        @Override
        public String toString() {
            return locale;
        }
    }

    static Stream<Wording> eachLanguage() {
        return Stream.of(
                new Wording("fr-BE", "fr", "Merci de corriger ceci :", "Indiquez votre nom.",
                        "Indiquez une adresse e-mail comme nom@exemple.org.", "Votre mot de passe doit compter au moins 10 caractères."),
                new Wording("nl-BE", "nl", "Verbeter het volgende:", "Vul je naam in.",
                        "Vul een e-mailadres in zoals naam@voorbeeld.be.", "Je wachtwoord moet minstens 10 tekens hebben."),
                new Wording("en-GB", "en", "Please correct the following:", "Type your name.",
                        "Type an e-mail address like name@example.org.", "Your password needs at least 10 characters."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("eachLanguage")
    void aRefusedRegistrationListsEachMistakeInThePageLanguageAndTiesItToItsField(Wording wording) {
        var page = browserSpeaking(wording.locale());
        page.navigate("/register");
        assertThat(page.locator("html")).hasAttribute("lang", wording.lang());

        page.locator("#email").fill("lea.martin@");
        page.locator("#password").fill("parapluie");
        submit(page);

        var summary = page.getByRole(AriaRole.ALERT);
        assertThat(summary.getByRole(AriaRole.HEADING)).hasText(wording.summary());
        assertThat(summary.getByRole(AriaRole.LISTITEM))
                .hasText(new String[] {wording.nameRequired(), wording.emailInvalid(), wording.passwordShort()});
        assertMarkedWrong(page.locator("#displayName"), wording.nameRequired());
        assertMarkedWrong(page.locator("#email"), wording.emailInvalid());
        assertMarkedWrong(page.locator("#password"), wording.passwordShort());
        assertThat(page.locator("#email")).hasValue("lea.martin@");
        assertAccessible(page);
    }

    /** An unconfirmed account would answer a right password with "confirm your address first". */
    @Test
    void aRefusedRegistrationCreatesNoAccount() {
        var email = newAddress("noor.jacobs");
        var page = browserSpeaking("fr-BE");
        page.navigate("/register");
        page.getByLabel("Adresse e-mail").fill(email);
        page.getByLabel("Nouveau mot de passe").fill(PASSWORD);
        submit(page);
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("Indiquez votre nom.");

        page.navigate("/login");
        page.getByLabel("Adresse e-mail").fill(email);
        page.getByLabel("Mot de passe").fill(PASSWORD);
        page.getByRole(AriaRole.MAIN).getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Se connecter")).click();
        assertThat(page.getByRole(AriaRole.ALERT)).hasText("L'adresse e-mail ou le mot de passe n'est pas correct. Réessayez.");
    }

    @Test
    void registeringWorksWithoutJavaScript() {
        var email = newAddress("jan.peeters");
        var page = browserWithoutJavaScriptSpeaking("nl-BE");
        page.navigate("/register");
        page.getByLabel("Je naam").fill("Jan Peeters");
        page.getByLabel("E-mailadres").fill(email);
        page.getByLabel("Nieuw wachtwoord").fill("kort");
        submit(page);
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("Je wachtwoord moet minstens 10 tekens hebben.");

        page.getByLabel("Nieuw wachtwoord").fill(PASSWORD);
        submit(page);
        assertThat(heading(page)).hasText("Kijk in je mailbox");

        // Only an account waiting for its address answers the right password this way.
        page.navigate("/login");
        page.getByLabel("E-mailadres").fill(email);
        page.getByLabel("Wachtwoord").fill(PASSWORD);
        page.getByRole(AriaRole.MAIN).getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Aanmelden")).click();
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("Bevestig eerst je e-mailadres");
    }

    private static void submit(Page page) {
        page.locator("form[action='/register'] [type=submit]").click();
    }

    private static void assertMarkedWrong(Locator field, String error) {
        assertThat(field).hasAttribute("aria-invalid", "true");
        // The pattern runs in the browser, whose regular expressions know no \Q…\E quoting.
        assertThat(field).hasAccessibleDescription(Pattern.compile(error.replaceAll("[\\\\^$.|?*+()\\[\\]{}]", "\\\\$0")));
    }
}
