package coop.agora.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Cooperative life: a member proposes a group, an advisor approves it, its organizer edits it, and
 * the group has its forum and a first event; a newcomer gets mentor suggestions and the mentor they ask accepts. Every
 * page is checked by axe-core.
 */
class GroupsAndMentoringJourneyTest extends BrowserTest {

    @Test
    void anApprovedGroupHasItsForumAndAnEvent() {
        var name = "Céramistes du Hainaut " + UUID.randomUUID().toString().substring(0, 6);
        var member = signedIn("mehdi.haddad@agora.example");
        navigation(member, "Groupes").click();
        assertThat(heading(member)).hasText("Groupes");
        assertAccessible(member);
        member.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Proposer un groupe")).click();
        assertAccessible(member);
        member.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Envoyer ma proposition")).click();
        assertThat(member.getByRole(AriaRole.ALERT)).containsText("Donnez au groupe un nom d'au moins 3 caractères.");
        assertAccessible(member);
        label(member, "Nom du groupe").fill(name);
        member.getByLabel(Pattern.compile("^Groupe thématique")).check();
        label(member, "De quoi parle le groupe").fill("Tours, fours et marchés de potiers : on partage nos **adresses**.");
        member.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Envoyer ma proposition")).click();
        assertThat(heading(member)).hasText(name);
        assertThat(member.getByRole(AriaRole.STATUS).first()).containsText("Merci");
        assertAccessible(member);
        var groupUrl = member.url();

        var advisor = signedIn("amelie.gerard@agora.example");
        navigation(advisor, "Groupes").click();
        advisor.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Groupes à approuver")).click();
        assertAccessible(advisor);
        advisor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Approuver — " + name)).click();
        assertThat(heading(advisor)).hasText(name);
        assertThat(advisor.getByRole(AriaRole.STATUS)).hasText("Le groupe est approuvé et son forum est ouvert.");
        assertAccessible(advisor);

        member.navigate(groupUrl);
        member.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Modifier le groupe")).click();
        assertThat(heading(member)).hasText("Modifier " + name);
        assertAccessible(member);
        label(member, "De quoi parle le groupe").fill("Tours, fours, émaux et marchés de potiers : on partage nos **adresses**.");
        member.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer les changements")).click();
        assertThat(member.getByRole(AriaRole.STATUS).first()).hasText("Le groupe est modifié.");
        assertThat(member.getByText("Tours, fours, émaux et marchés de potiers")).isVisible();
        assertAccessible(member);

        member.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Ouvrir le forum du groupe, réservé à ses membres")).click();
        assertThat(heading(member)).hasText(name);
        assertAccessible(member);
        member.navigate(groupUrl);
        member.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Prévoir un événement")).click();
        assertAccessible(member);
        var title = "Cuisson raku " + UUID.randomUUID().toString().substring(0, 6);
        var day = LocalDate.now(ZoneId.of("Europe/Brussels")).plusDays(9);
        label(member, "Titre").fill(title);
        label(member, "Description").fill("Une journée de cuisson au four raku, chez Mehdi.");
        label(member, "Début").fill(day + "T10:00");
        label(member, "Fin").fill(day + "T16:00");
        member.getByLabel("Dans une ville, ailleurs").check();
        member.locator("#town").fill("Mons");
        member.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Publier l'événement")).click();
        assertThat(heading(member)).hasText(title);
        assertAccessible(member);
        member.navigate(groupUrl);
        assertThat(member.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(title))).isVisible();
        assertAccessible(member);
    }

    @Test
    void aNewcomerAsksASuggestedMentorWhoAccepts() {
        var mentor = signedIn("ines.dubois@agora.example");
        mentor.navigate("/mentoring/offer");
        assertAccessible(mentor);
        mentor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer mon offre")).click();
        assertThat(mentor.getByRole(AriaRole.STATUS)).containsText("Merci");
        assertAccessible(mentor);

        var newcomer = signedIn("elodie.moreau@agora.example");
        navigation(newcomer, "Parrainage").click();
        assertThat(heading(newcomer)).hasText("Parrainage");
        assertAccessible(newcomer);
        newcomer.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Demander un parrain ou une marraine")).click();
        assertAccessible(newcomer);
        label(newcomer, "Votre projet").fill("Je donne des cours de piano le soir et je voudrais en faire mon métier.");
        label(newcomer, "Compétence 1").fill("Piano");
        newcomer.getByLabel("Musique", new Page.GetByLabelOptions().setExact(true)).check();
        newcomer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Voir les parrains proposés")).click();
        assertThat(heading(newcomer)).hasText("Ma demande de parrainage");
        assertThat(newcomer.getByText("Compétences en commun (1) : Piano").first()).isVisible();
        assertAccessible(newcomer);
        newcomer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Demander à ce parrain — Inès Dubois")).click();
        assertThat(heading(newcomer)).hasText("Parrainé par Inès Dubois");
        assertAccessible(newcomer);

        navigation(mentor, "Parrainage").click();
        mentor.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Vous parrainez Élodie Moreau")).first().click();
        assertAccessible(mentor);
        mentor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Accepter")).click();
        assertThat(mentor.getByRole(AriaRole.STATUS)).hasText("Vous avez accepté : le parrainage commence.");
        assertThat(mentor.getByText("En cours")).isVisible();
        assertAccessible(mentor);
    }
}
