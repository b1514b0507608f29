package coop.agora.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/**
 * A question becomes a frequent question: asked by one member, answered by another, marked solved
 * by its author, promoted by a moderator and found by a third member in other word forms; and a
 * report reaches the category's own moderator. Every page is checked by axe-core.
 */
class ForumJourneyTest extends BrowserTest {

    private static final String QUESTION = "Comment facturer mes frais de déplacement à un client ?";

    @Test
    void aQuestionIsAnsweredSolvedPromotedToTheFaqAndFoundByAnotherMember() {
        var asker = signedIn("ines.dubois@agora.example");
        navigation(asker, "Forum").click();
        assertThat(heading(asker)).hasText("Forum");
        assertAccessible(asker);

        asker.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("TVA et contrats")).first().click();
        assertThat(heading(asker)).hasText("TVA et contrats");
        assertAccessible(asker);

        asker.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Poser une question ou lancer un sujet")).click();
        asker.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Publier")).click();
        assertThat(asker.getByRole(AriaRole.ALERT)).containsText("Écrivez un titre d'au moins 5 caractères.");
        assertAccessible(asker);

        asker.getByLabel("Titre").fill(QUESTION);
        asker.getByLabel("Votre message").fill("Je fais 40 km par jour pour un chantier. Est-ce que je les ajoute à ma facture ?");
        asker.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Publier")).click();
        assertThat(heading(asker)).hasText(QUESTION);
        assertThat(asker.getByRole(AriaRole.STATUS)).hasText("Votre sujet est publié.");
        assertAccessible(asker);
        var topicUrl = asker.url();

        var answerer = signedIn("thomas.leroy@agora.example");
        answerer.navigate(topicUrl);
        answerer.getByLabel("Votre réponse").fill("Oui : une ligne « frais de déplacement » sur la facture, au tarif convenu dans le devis.");
        answerer.getByLabel("Image (JPEG, PNG ou WebP, 5 Mo au plus)").setInputFiles(new FilePayload("facture.png", "image/png", picture()));
        answerer.getByLabel("Ce que montre l'image").fill("Une facture avec une ligne de frais de déplacement");
        answerer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Envoyer ma réponse")).click();
        assertThat(answerer.getByRole(AriaRole.STATUS)).hasText("Votre réponse est publiée.");
        assertThat(answerer.getByAltText("Une facture avec une ligne de frais de déplacement")).isVisible();
        assertAccessible(answerer);

        asker.navigate(topicUrl);
        asker.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("C'est la réponse")).click();
        assertThat(asker.getByRole(AriaRole.STATUS)).hasText("Le sujet est marqué comme résolu.");
        assertThat(asker.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("La réponse"))).isVisible();
        assertAccessible(asker);

        var moderator = signedIn("moderator@agora.example");
        moderator.navigate(topicUrl);
        moderator.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Ajouter aux questions fréquentes")).click();
        assertThat(moderator.getByLabel("Question")).hasValue(QUESTION);
        assertAccessible(moderator);
        moderator.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ajouter aux questions fréquentes")).click();
        assertThat(heading(moderator)).hasText("Questions fréquentes");
        assertAccessible(moderator);

        var reader = signedIn("elodie.moreau@agora.example");
        navigation(reader, "Questions fréquentes").click();
        reader.getByLabel("Chercher dans les questions fréquentes").fill("factures deplacements");
        reader.getByRole(AriaRole.MAIN).getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Chercher")).click();
        assertThat(reader.getByText(QUESTION)).isVisible();
        assertAccessible(reader);

        reader.navigate("/forum/search");
        reader.getByLabel("Mots à chercher").fill("facture deplacement");
        reader.getByRole(AriaRole.MAIN).getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Chercher")).click();
        assertThat(reader.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(QUESTION)).first()).isVisible();
        assertAccessible(reader);
    }

    @Test
    void aReportReachesTheModeratorOfThatCategory() {
        var author = signedIn("jan.devos@agora.example");
        author.navigate("/forum/c/tva-contrats/new");
        author.getByLabel("Titel").fill("Koop mijn cursus, de beste van het land");
        author.getByLabel("Je bericht").fill("Schrijf je vandaag nog in voor mijn cursus.");
        author.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Publiceren")).click();
        var topicUrl = author.url();

        var reporter = signedIn("elodie.moreau@agora.example");
        reporter.navigate(topicUrl);
        reporter.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Signaler")).first().click();
        assertThat(heading(reporter)).hasText("Signaler un message");
        assertAccessible(reporter);
        reporter.getByLabel("Publicité ou spam").check();
        reporter.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Envoyer le signalement")).click();
        assertThat(reporter.getByRole(AriaRole.STATUS)).hasText("Merci. Les modérateurs de cette catégorie vont l'examiner.");

        var categoryModerator = signedIn("advisor@agora.example");
        categoryModerator.navigate("/forum/moderation");
        assertThat(heading(categoryModerator)).hasText("Moderatie");
        var report = categoryModerator.getByRole(AriaRole.LISTITEM).filter(new Locator.FilterOptions().setHasText("Koop mijn cursus"));
        assertThat(report).containsText("Reclame of spam");
        assertAccessible(categoryModerator);

        report.getByRole(AriaRole.LINK).first().click();
        assertThat(heading(categoryModerator)).hasText("Een bericht modereren");
        assertAccessible(categoryModerator);
        categoryModerator.getByLabel("Reden").fill("Reclame hoort niet in het forum.");
        categoryModerator.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Verbergen")).click();
        assertThat(categoryModerator.getByRole(AriaRole.STATUS)).hasText("Gedaan. De actie is opgetekend.");
        assertThat(categoryModerator.getByRole(AriaRole.LISTITEM).filter(new Locator.FilterOptions().setHasText("Reclame hoort niet")))
                .containsText("verborg een bericht");
    }

    /** A small picture, as a member would attach from their computer. */
    private static byte[] picture() {
        var image = new BufferedImage(120, 80, BufferedImage.TYPE_INT_RGB);
        var graphics = image.createGraphics();
        graphics.setColor(Color.WHITE);
        graphics.fillRect(0, 0, 120, 80);
        graphics.setColor(Color.DARK_GRAY);
        graphics.fillRect(10, 10, 100, 8);
        graphics.dispose();
        var bytes = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

}
