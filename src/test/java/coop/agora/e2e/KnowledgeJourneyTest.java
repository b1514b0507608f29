package coop.agora.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * A newcomer finds their way: a newcomer guide in three clicks from the guides' home, the same
 * guide in Dutch, another one found with an inflected Dutch word, their office's welcome booklet
 * and the contact page. Every page is checked by axe-core.
 */
class KnowledgeJourneyTest extends BrowserTest {

    @Test
    void aNewcomerReachesAGuideInThreeClicksReadsItInDutchSearchesAndDownloadsTheBooklet() throws Exception {
        var page = signedIn("member@agora.example");
        navigation(page, "Guides").click();
        assertThat(heading(page)).hasText("Guides");
        assertAccessible(page);

        link(page, "Je débute").click();
        assertThat(heading(page)).hasText("Je débute");
        assertAccessible(page);
        link(page, "Premiers pas").click();
        assertThat(heading(page)).hasText("Premiers pas");
        assertAccessible(page);
        link(page, "Comment fonctionne la coopérative ?").click();
        assertThat(heading(page)).hasText("Comment fonctionne la coopérative ?");
        assertAccessible(page);

        link(page, "Nederlands").click();
        assertThat(heading(page)).hasText("Hoe werkt de coöperatie?");
        assertAccessible(page);

        navigation(page, "Guides").click();
        page.getByLabel("Que cherchez-vous ?").fill("facturen");
        page.getByRole(AriaRole.MAIN).getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Chercher")).click();
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Je eerste factuur maken, stap voor stap"))).isVisible();
        assertAccessible(page);
        link(page, "Je eerste factuur maken, stap voor stap").click();
        assertThat(heading(page)).hasText("Je eerste factuur maken, stap voor stap");
        assertAccessible(page);

        navigation(page, "Guides").click();
        link(page, "Télécharger le livret d'accueil de votre bureau (PDF)").click();
        assertThat(heading(page)).hasText("Livret d'accueil");
        assertAccessible(page);
        var download = page.waitForDownload(() -> link(page, "Télécharger en Français (PDF, Bruxelles)").click());
        try (var pdf = Loader.loadPDF(Files.readAllBytes(download.path()))) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("Livret d'accueil").contains("Bureau de Bruxelles")
                    .contains("Comment fonctionne la coopérative ?").contains("Rue du Marché aux Herbes 52");
        }

        navigation(page, "Contact").click();
        assertThat(heading(page)).hasText("Contact");
        assertAccessible(page);
    }

    @Test
    void aVisitorFindsTheContactPageAndAPublicGuideWithoutSigningIn() {
        var page = browserSpeaking("nl-BE");
        page.navigate("/contact?office=GNT");
        assertThat(page.getByText("Druk op 2: Facturatie en btw")).isVisible();
        assertAccessible(page);

        page.navigate("/knowledge/levels/expert");
        assertAccessible(page);
        link(page, "Auteursrechten").click();
        link(page, "Je auteursrechten overdragen of in licentie geven").click();
        assertThat(heading(page)).hasText("Je auteursrechten overdragen of in licentie geven");
        assertAccessible(page);
    }

    private static Locator link(Page page, String name) {
        return page.getByRole(AriaRole.MAIN).getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(name).setExact(true));
    }

}
