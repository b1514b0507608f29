package coop.agora.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

/**
 * A French-speaking member lists herself in the directory; a Dutch-speaking member finds her by a
 * skill typed without accents and with a typo, and sees her town on the map. Every page is checked
 * by axe-core.
 */
class DirectoryJourneyTest extends BrowserTest {

    @Test
    void aMemberListsHerselfAndAnotherFindsHerByATypoedSkillAndOnTheMap() {
        var camille = browserSpeaking("fr-BE");
        camille.navigate("/login");
        signIn(camille, "member@agora.example", "Mot de passe", "Se connecter");
        navigation(camille, "Menu principal", "Mon profil").click();
        assertThat(heading(camille)).hasText("Mon profil dans l'annuaire");
        assertThat(camille.getByLabel("Personne : caché")).isChecked();
        assertAccessible(camille);

        camille.getByLabel("Les membres de la coopérative").check();
        camille.getByLabel("J'accepte que mon profil soit montré comme je l'ai choisi ci-dessus.").check();
        camille.getByLabel("Titre (facultatif)").fill("Céramiste, pièces uniques et ateliers");
        camille.getByLabel("Ajouter une compétence").pressSequentially("céram");
        assertThat(camille.locator("#skill-options option[value='Céramique']")).hasCount(1);
        camille.getByLabel("Ajouter une compétence").fill("Céramique");
        camille.getByLabel("Ville").fill("4000 Liège");
        camille.getByLabel("Disponible pour des missions").check();
        camille.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer mon profil")).click();
        assertThat(camille.getByRole(AriaRole.STATUS)).hasText("Votre profil est enregistré.");
        assertThat(camille.getByLabel("Céramique")).isChecked();
        assertAccessible(camille);

        camille.getByLabel("Titre de la réalisation").fill("Service à thé en grès");
        camille.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ajouter à mon portfolio")).click();
        assertThat(camille.getByRole(AriaRole.STATUS)).hasText("La réalisation est dans votre portfolio.");
        assertAccessible(camille);

        var pieter = browserSpeaking("nl-BE");
        pieter.navigate("/login");
        signIn(pieter, "advisor@agora.example", "Wachtwoord", "Aanmelden");
        navigation(pieter, "Hoofdmenu", "Ledenlijst").click();
        assertThat(heading(pieter)).hasText("Ledenlijst");
        assertAccessible(pieter);

        // Typing is enough: the results follow the search box.
        pieter.getByLabel("Zoeken", new Page.GetByLabelOptions().setExact(true)).fill("ceramiqe");
        var result = pieter.getByRole(AriaRole.LISTITEM).filter(new Locator.FilterOptions().setHasText("Camille Lambert"));
        assertThat(result).containsText("4000 Luik");
        assertThat(result).containsText("Keramiek");
        assertThat(pieter).hasURL(java.util.regex.Pattern.compile("q=ceramiqe"));
        assertAccessible(pieter);

        result.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Camille Lambert")).click();
        assertThat(heading(pieter)).hasText("Camille Lambert");
        assertThat(pieter.getByRole(AriaRole.MAIN)).containsText("Beschikbaar voor opdrachten");
        assertAccessible(pieter);

        navigation(pieter, "Hoofdmenu", "Ledenkaart").click();
        assertThat(heading(pieter)).hasText("Ledenkaart");
        assertThat(pieter.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("4000 Luik"))).isVisible();
        // The tests' tile server refuses every tile: the map says so, and the town list stays.
        assertThat(pieter.getByText("De achtergrond van de kaart kon niet laden.", new Page.GetByTextOptions().setExact(false))).isVisible();
        assertAccessible(pieter);
    }

    @Test
    void aModeratorNamesASkillAMemberProposedInTheThreeLanguages() {
        var nadia = browserSpeaking("fr-BE");
        nadia.navigate("/login");
        signIn(nadia, "moderator@agora.example", "Mot de passe", "Se connecter");
        navigation(nadia, "Menu principal", "Mon profil").click();
        nadia.getByLabel("Ajouter une compétence").fill("Vannerie sauvage");
        nadia.getByLabel("la proposer comme nouvelle compétence", new Page.GetByLabelOptions().setExact(false)).check();
        nadia.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer mon profil")).click();
        assertThat(nadia.getByRole(AriaRole.STATUS)).hasText("Votre profil est enregistré.");

        navigation(nadia, "Menu principal", "Compétences à valider").click();
        assertThat(heading(nadia)).hasText("Compétences proposées par les membres");
        assertAccessible(nadia);
        var proposal = nadia.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Vannerie sauvage"));
        proposal.getByLabel("Nom en néerlandais").fill("Wilde mandenvlechterij");
        proposal.getByLabel("Nom en anglais").fill("Wild basketry");
        proposal.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Ajouter au vocabulaire")).click();

        assertThat(nadia.getByRole(AriaRole.STATUS)).hasText("La compétence est dans le vocabulaire ; tout le monde peut la choisir.");
        assertAccessible(nadia);
    }

    @Test
    void withoutJavaScriptTheSearchIsAPlainFormWithAShareableAddress() {
        var visitor = browserWithoutJavaScriptSpeaking("fr-BE");
        visitor.navigate("/directory");
        visitor.getByLabel("Rechercher", new Page.GetByLabelOptions().setExact(true)).fill("pianiste");
        visitor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Rechercher")).click();

        assertThat(visitor).hasURL(java.util.regex.Pattern.compile("/directory\\?q=pianiste"));
        assertThat(visitor.getByRole(AriaRole.MAIN)).containsText("Inès Dubois");
    }

    private static void signIn(Page page, String email, String passwordLabel, String button) {
        page.getByLabel("E-mail", new Page.GetByLabelOptions().setExact(false)).first().fill(email);
        page.getByLabel(passwordLabel).fill(DEMO_PASSWORD);
        page.getByRole(AriaRole.MAIN).getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(button)).click();
    }

}
