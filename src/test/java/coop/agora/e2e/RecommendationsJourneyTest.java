package coop.agora.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A member follows a recommendation of the demo cycle; an advisor moves it to "in progress" with a
 * note; the member is told in the app, and the public page, read by a visitor without JavaScript,
 * shows the change in its history. Every page is checked by axe-core, which needs JavaScript: the
 * page without it is the one the member checked.
 */
class RecommendationsJourneyTest extends BrowserTest {

    private static final LocatorAssertions.HasTextOptions LIVE = new LocatorAssertions.HasTextOptions().setTimeout(30_000);
    private static final Pattern WEBSITES = Pattern.compile("Smart doit absolument revoir ses sites web");

    @Test
    void anAdvisorMovesARecommendationOnAndItsFollowerIsTold() {
        var visitor = browserSpeaking("fr-BE");
        visitor.navigate("/");
        navigation(visitor, "Recommandations").click();
        assertThat(heading(visitor)).hasText("Recommandations des membres");
        assertAccessible(visitor);
        visitor.getByLabel("Cycle").selectOption(new SelectOption().setLabel("2020-2021 – Accompagnement (22)"));
        visitor.getByLabel("Statut").selectOption("DONE");
        visitor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Afficher")).click();
        assertThat(visitor.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(Pattern.compile("Smart travaille à l’élaboration d’un forum")))).isVisible();
        assertThat(visitor.getByText("Données de démonstration.")).isVisible();
        assertAccessible(visitor);
        var demoCycle = visitor.url().replaceAll("&status=DONE", "");
        visitor.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Tableau de bord : la voix des membres est-elle suivie ?")).click();
        assertThat(heading(visitor)).hasText("Tableau de bord du suivi");
        assertAccessible(visitor);

        var member = signedIn("ines.dubois@agora.example");
        member.navigate(demoCycle);
        member.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(WEBSITES)).click();
        member.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Suivre cette recommandation")).click();
        assertThat(member.getByRole(AriaRole.STATUS)).hasText("Vous suivez cette recommandation : vous serez averti de ses changements.");
        assertAccessible(member);
        var page = member.url();

        var note = "Nouvelle page d'accueil en test avec des membres " + UUID.randomUUID().toString().substring(0, 6);
        var advisor = signedIn("chloe.fontaine@agora.example");
        advisor.navigate(page);
        assertAccessible(advisor);
        advisor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer et prévenir les abonnés")).click();
        assertThat(advisor.getByRole(AriaRole.ALERT)).containsText("Dites en quelques mots pourquoi cela change.");
        assertAccessible(advisor);
        label(advisor, "Statut").selectOption("IN_PROGRESS");
        label(advisor, "Avancement, en % (0 à 100)").fill("65");
        label(advisor, "Pourquoi (note publique)").fill(note);
        advisor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer et prévenir les abonnés")).click();
        assertThat(advisor.getByRole(AriaRole.STATUS)).hasText("Le suivi est enregistré et les abonnés sont prévenus.");
        assertAccessible(advisor);

        assertThat(member.locator("#notification-status")).hasText("Une recommandation que vous suivez a changé", LIVE);
        member.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(Pattern.compile("^Notifications"))).click();
        member.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Une recommandation que vous suivez a changé")).first().click();
        assertThat(heading(member)).containsText(WEBSITES);
        assertThat(member.locator("#history")).containsText(note);
        assertAccessible(member);

        var reader = browserWithoutJavaScriptSpeaking("fr-BE");
        reader.navigate(page);
        var history = reader.locator("#history");
        assertThat(history).containsText("Avancement : 50 % → 65 %");
        assertThat(history).containsText(note);
        assertThat(history).containsText("Conseiller ou conseillère");
    }
}
