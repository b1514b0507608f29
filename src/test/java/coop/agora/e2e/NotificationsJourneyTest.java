package coop.agora.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A member sees a notification arrive while they read, without reloading, when another member
 * mentions them in another browser; then finds it in the notification centre. Without JavaScript
 * the header link still leads there.
 */
class NotificationsJourneyTest extends BrowserTest {

    private static final LocatorAssertions.HasTextOptions LIVE = new LocatorAssertions.HasTextOptions().setTimeout(30_000);

    @Test
    void aMentionInAnotherSessionArrivesLiveInTheHeader() {
        var author = signedIn("yannick.le.gall@agora.example", "fr-BE");
        author.getByRole(AriaRole.NAVIGATION).getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Forum")).click();
        author.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("TVA et contrats")).first().click();
        author.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Poser une question ou lancer un sujet")).click();
        author.getByLabel("Titre").fill("Facturer un acompte avant le début d'une mission ?");
        author.getByLabel("Votre message").fill("Un client me propose de payer 30 % à la commande. Comment le facturer ?");
        author.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Publier")).click();
        assertThat(heading(author)).hasText("Facturer un acompte avant le début d'une mission ?");
        var topicUrl = author.url();

        var other = signedIn("mehdi.haddad@agora.example", "fr-BE");
        other.navigate(topicUrl);
        other.getByLabel("Votre réponse").fill("@Yannick Le Gall oui, une facture d'acompte, puis la facture finale qui la déduit.");
        other.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Envoyer ma réponse")).click();
        assertThat(other.getByRole(AriaRole.STATUS)).hasText("Votre réponse est publiée.");

        assertThat(author.locator("#notification-status")).hasText("Mehdi Haddad vous a mentionné dans le forum", LIVE);
        var badge = author.locator(".header-link .count-badge");
        assertThat(badge).isVisible();
        assertThat(badge).containsText(Pattern.compile("[1-9]"));
        assertAccessible(author);

        author.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(Pattern.compile("^Notifications"))).click();
        assertThat(heading(author)).hasText("Notifications");
        assertAccessible(author);
        author.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Choisir comment être prévenu")).click();
        assertThat(heading(author)).hasText("Comment être prévenu");
        assertAccessible(author);
        author.goBack();
        author.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Mehdi Haddad vous a mentionné dans le forum")).first().click();
        assertThat(heading(author)).hasText("Facturer un acompte avant le début d'une mission ?");
    }

    @Test
    void withoutJavaScriptTheHeaderLinkLeadsToTheNotificationCentre() {
        var page = browserWithoutJavaScriptSpeaking("nl-BE");
        signIn(page, "advisor@agora.example", "E-mailadres", "Wachtwoord", "Aanmelden");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(Pattern.compile("^Meldingen"))).click();

        assertThat(heading(page)).hasText("Meldingen");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Kiezen hoe je verwittigd wordt")).click();
        assertThat(heading(page)).hasText("Hoe je verwittigd wordt");
    }

    private Page signedIn(String email, String locale) {
        var page = browserSpeaking(locale);
        signIn(page, email, "Adresse e-mail", "Mot de passe", "Se connecter");
        return page;
    }

    private static void signIn(Page page, String email, String emailLabel, String passwordLabel, String button) {
        page.navigate("/login");
        page.getByLabel(emailLabel).fill(email);
        page.getByLabel(passwordLabel).fill(DEMO_PASSWORD);
        page.getByRole(AriaRole.MAIN).getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(button)).click();
        assertThat(page).hasURL(Pattern.compile("/$"));
    }
}
