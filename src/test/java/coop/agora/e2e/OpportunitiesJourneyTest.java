package coop.agora.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A member posts a mission in Lille wanting the three skills of Thomas Leroy, a web developer in
 * Lille, who finds it first on his "for you" page with the reason; Élodie Moreau, an illustrator in
 * Namur, does not find it. Every page is checked by axe-core.
 */
class OpportunitiesJourneyTest extends BrowserTest {

    @Test
    void aMatchingMemberSeesTheMissionForHimWithTheReasonAndAnotherDoesNot() {
        var title = "Audit d'accessibilité d'un site " + UUID.randomUUID().toString().substring(0, 6);
        var deadline = LocalDate.now(ZoneId.of("Europe/Brussels")).plusDays(15);

        var camille = signedIn("member@agora.example");
        navigation(camille, "Opportunités").click();
        assertThat(heading(camille)).hasText("Opportunités");
        assertAccessible(camille);
        camille.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Publier une opportunité")).click();
        assertAccessible(camille);
        camille.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Publier l'opportunité")).click();
        assertThat(camille.getByRole(AriaRole.ALERT)).containsText("Donnez un titre à l'opportunité.");
        assertAccessible(camille);

        label(camille, "Type").selectOption("MISSION");
        label(camille, "Titre").fill(title);
        label(camille, "Description").fill("Vérifier un site de réservation selon les **WCAG 2.2** et proposer des corrections.");
        label(camille, "Compétence 1").fill("Accessibilité numérique");
        label(camille, "Compétence 2").fill("Développement web");
        label(camille, "Compétence 3").fill("WordPress");
        label(camille, "Dans une commune").check();
        label(camille, "Commune").fill("59000 Lille");
        label(camille, "Date limite pour répondre").fill(deadline.toString());
        camille.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Publier l'opportunité")).click();
        assertThat(heading(camille)).hasText(title);
        assertThat(camille.getByRole(AriaRole.STATUS)).hasText("Votre opportunité est publiée.");
        assertAccessible(camille);

        var thomas = signedIn("thomas.leroy@agora.example");
        navigation(thomas, "Opportunités").click();
        thomas.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Pour vous")).click();
        assertThat(heading(thomas)).hasText("Pour vous");
        var card = thomas.getByRole(AriaRole.LISTITEM).filter(new Locator.FilterOptions().setHasText(title));
        assertThat(card).containsText("Correspond à 3 de vos compétences, à 0 km");
        assertAccessible(thomas);

        var elodie = signedIn("elodie.moreau@agora.example");
        elodie.navigate("/opportunities/for-you");
        assertThat(heading(elodie)).hasText("Pour vous");
        assertThat(elodie.getByText(title)).hasCount(0);
        assertAccessible(elodie);
    }
}
