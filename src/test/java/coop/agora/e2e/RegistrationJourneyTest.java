package coop.agora.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.net.URI;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** A newcomer's first visit, from the home page to signing out, with every page checked by axe-core. */
class RegistrationJourneyTest extends BrowserTest {

    private static final String PASSWORD = "violet tortue parapluie 42";
    private static final Pattern CONFIRMATION_LINK = Pattern.compile("https?://\\S+/verify\\?token=\\S+");

    @Test
    void aVisitorRegistersConfirmsTheAddressFromTheMailSignsInSwitchesToDutchAndSignsOut() {
        var email = newAddress("lea.martin");
        var visitor = browserSpeaking("fr-BE");

        visitor.navigate("/");
        assertThat(visitor.locator("html")).hasAttribute("lang", "fr");
        assertThat(heading(visitor)).hasText("Agora, la plateforme des membres");
        assertAccessible(visitor);

        var register = visitor.getByRole(AriaRole.BANNER).getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Créer un compte"));
        // Colours change under the pointer; the link must stay readable while one aims at it.
        register.hover();
        assertAccessible(visitor);
        register.click();
        assertThat(heading(visitor)).hasText("Créer un compte");
        assertAccessible(visitor);

        visitor.getByLabel("Votre nom").fill("Léa Martin");
        visitor.getByLabel("Adresse e-mail").fill(email);
        visitor.getByLabel("Nouveau mot de passe").fill("parapluie");
        visitor.getByLabel("Votre bureau").selectOption("Liège");
        visitor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Créer mon compte")).click();
        assertThat(visitor.getByRole(AriaRole.ALERT)).containsText("Votre mot de passe doit compter au moins 10 caractères.");
        assertThat(visitor.getByLabel("Votre nom")).hasValue("Léa Martin");
        assertAccessible(visitor);

        visitor.getByLabel("Nouveau mot de passe").fill(PASSWORD);
        visitor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Créer mon compte")).click();
        assertThat(heading(visitor)).hasText("Regardez votre boîte mail");
        assertThat(visitor).hasURL(Pattern.compile("/register/sent$"));
        assertAccessible(visitor);

        visitor.navigate(confirmationLinkInTheOutbox(email));
        assertThat(heading(visitor)).hasText("Votre adresse est confirmée");
        assertAccessible(visitor);

        visitor.getByRole(AriaRole.MAIN).getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Se connecter")).click();
        assertThat(heading(visitor)).hasText("Se connecter");
        assertAccessible(visitor);

        signIn(visitor, email, PASSWORD);
        assertThat(heading(visitor)).hasText("Bonjour Léa Martin");
        assertAccessible(visitor);

        navigation(visitor, "Mon compte").click();
        assertThat(heading(visitor)).hasText("Mon compte");
        assertThat(visitor.getByLabel("Votre bureau").locator("option:checked")).hasText("Liège");
        assertAccessible(visitor);

        navigation(visitor, "Accueil").click();
        assertThat(heading(visitor)).hasText("Bonjour Léa Martin");
        visitor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Nederlands")).click();
        assertThat(visitor.locator("html")).hasAttribute("lang", "nl");
        assertThat(heading(visitor)).hasText("Hallo Léa Martin");
        assertAccessible(visitor);

        visitor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Afmelden")).click();
        assertThat(heading(visitor)).hasText("Agora, het ledenplatform");
        assertThat(visitor.getByRole(AriaRole.BANNER).getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Aanmelden")))
                .isVisible();
        assertAccessible(visitor);
    }

    /**
     * Reads the mail as an admin does without a mail server, checking the admin pages on the way.
     * Only the link's path is kept: the mail points to the configured public address, not to this
     * test's random port.
     */
    private String confirmationLinkInTheOutbox(String email) {
        var admin = browserSpeaking("fr-BE");
        admin.navigate("/login");
        signIn(admin, ADMIN_EMAIL, DEMO_PASSWORD);
        assertThat(heading(admin)).hasText("Bonjour Sophie Martin");

        navigation(admin, "Personnes").click();
        assertThat(heading(admin)).hasText("Personnes");
        // Typing is enough: the list follows the search box.
        admin.getByLabel("Nom ou adresse e-mail").fill(email);
        assertThat(admin.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText(email)))
                .containsText("Adresse non confirmée");
        assertAccessible(admin);

        navigation(admin, "Courrier sortant").click();
        assertThat(heading(admin)).hasText("Courrier sortant");
        assertAccessible(admin);

        admin.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText(email)).getByRole(AriaRole.LINK).click();
        assertThat(heading(admin)).hasText("Confirmez votre adresse e-mail");
        assertAccessible(admin);

        var body = admin.locator(".mail-body").textContent();
        var link = CONFIRMATION_LINK.matcher(body);
        if (!link.find()) {
            throw new AssertionError("No confirmation link in the mail:\n" + body);
        }
        var uri = URI.create(link.group());
        return uri.getRawPath() + "?" + uri.getRawQuery();
    }

    private static void signIn(Page page, String email, String password) {
        page.getByLabel("Adresse e-mail").fill(email);
        page.getByLabel("Mot de passe").fill(password);
        page.getByRole(AriaRole.MAIN).getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Se connecter")).click();
    }

}
