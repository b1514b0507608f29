package coop.agora.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.Duration;
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
        awaitIndexed(advisor, "autoliquidation", DEMO_SUBJECT);
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

    /**
     * Waits until the search finds the demo request: on a fresh database the index is built in the
     * background after the start, and the search box asks only once per word typed.
     */
    private static void awaitIndexed(Page advisor, String words, String subject) {
        var deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!advisor.request().get("/desk/search?q=" + words).text().contains(subject)) {
            if (System.nanoTime() > deadline) {
                fail("The search did not find \"" + subject + "\" within a minute of the start");
            }
            advisor.waitForTimeout(250);
        }
    }
}
