package coop.agora.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * An advisor searches the requests from the queue page as they type, then opens the search page
 * with its filters; both pass axe-core.
 */
class DeskSearchJourneyTest extends BrowserTest {

    private static final String DEMO_SUBJECT = "Déclaration TVA du troisième trimestre";

    @Test
    void anAdvisorFindsARequestByAWordOfItsAnswer() {
        var advisor = signedIn("advisor@agora.example");
        advisor.navigate("/desk");
        var box = advisor.getByRole(AriaRole.SEARCH, new Page.GetByRoleOptions().setName("Aanvragen zoeken"));
        box.getByLabel("Woorden of referentie").fill("autoliquidation");
        var found = advisor.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(Pattern.compile(DEMO_SUBJECT)));
        assertThat(found).isVisible();
        assertThat(advisor.locator(".snippet mark").first()).hasText("autoliquidation");
        assertAccessible(advisor);

        box.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Zoeken")).click();
        assertThat(heading(advisor)).hasText("Aanvragen zoeken");
        assertThat(found).isVisible();
        assertAccessible(advisor);

        found.click();
        assertThat(heading(advisor)).hasText(DEMO_SUBJECT);
    }

    private Page signedIn(String email) {
        var page = browserSpeaking("fr-BE");
        page.navigate("/login");
        page.getByLabel("Adresse e-mail").fill(email);
        page.getByLabel("Mot de passe").fill(DEMO_PASSWORD);
        page.getByRole(AriaRole.MAIN).getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Se connecter")).click();
        assertThat(page).hasURL(Pattern.compile("/$"));
        return page;
    }
}
