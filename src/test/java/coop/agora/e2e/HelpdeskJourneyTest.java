package coop.agora.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A member's question goes the whole way: filed with its promised date, taken by an advisor of the
 * right pole, noted and answered, replied to by the member; an absence hands another advisor's
 * request back to the shared queue; and the report counts the answer within the promise. An admin
 * changes a topic's promise and a ready-made reply. Every page is checked by axe-core.
 */
class HelpdeskJourneyTest extends BrowserTest {

    private static final String SUBJECT = "TVA sur une prestation pour un client français";

    @Test
    void aQuestionIsAnsweredWithinThePromiseAndAnAbsenceReturnsWorkToTheQueue() {
        var member = signedIn("member@agora.example");
        navigation(member, "Aide").click();
        assertThat(heading(member)).hasText("Aide");
        assertAccessible(member);

        member.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Poser une question")).click();
        member.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Envoyer")).click();
        assertThat(member.getByRole(AriaRole.ALERT)).containsText("Choisissez un sujet dans la liste.");
        assertAccessible(member);

        member.getByLabel("Sujet").selectOption(new SelectOption().setLabel("TVA et déclarations"));
        member.getByLabel("Objet").fill(SUBJECT);
        member.getByLabel("Votre question").fill("Mon client est une société établie à Lille. Dois-je appliquer la TVA belge ?");
        member.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Envoyer")).click();
        assertThat(heading(member)).hasText(SUBJECT);
        assertThat(member.getByRole(AriaRole.STATUS)).hasText("Nous avons bien reçu votre demande.");
        assertThat(member.getByText("Réponse au plus tard le")).isVisible();
        assertAccessible(member);
        var requestPath = member.url().replaceAll(".*(/help/requests/\\d+).*", "$1");

        var advisor = signedIn("advisor@agora.example");
        advisor.navigate("/desk?pole=ACTIVITY_SECURING&office=1");
        assertThat(advisor.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(SUBJECT))).isVisible();
        assertAccessible(advisor);
        advisor.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(SUBJECT)).click();
        advisor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Deze aanvraag nemen")).click();
        assertThat(advisor.getByRole(AriaRole.STATUS).first()).hasText("U behandelt deze aanvraag.");
        assertAccessible(advisor);

        advisor.getByLabel("Een interne notitie (nooit zichtbaar voor het lid)").check();
        advisor.getByLabel("Bericht").fill("Klant in Frankrijk, btw-nummer nagekeken.");
        advisor.getByLabel("Nog in behandeling").check();
        advisor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Versturen")).click();
        assertThat(advisor.getByText("Klant in Frankrijk, btw-nummer nagekeken.")).isVisible();

        advisor.getByLabel("Een antwoord aan het lid").check();
        advisor.getByLabel("Bericht").fill("Bonjour Camille, facturez sans TVA belge avec la mention « autoliquidation ».");
        advisor.getByLabel("Beantwoord", new Page.GetByLabelOptions().setExact(true)).check();
        advisor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Versturen")).click();
        assertThat(advisor.getByRole(AriaRole.STATUS).first()).hasText("Uw bericht is opgeslagen.");
        assertAccessible(advisor);

        member.navigate(requestPath);
        assertThat(member.getByText("autoliquidation")).isVisible();
        assertThat(member.getByText("btw-nummer nagekeken")).hasCount(0);
        member.getByLabel("Votre message").fill("Merci, c'est très clair.");
        member.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Envoyer")).click();
        assertThat(member.getByRole(AriaRole.STATUS)).hasText("Votre message est envoyé.");
        assertAccessible(member);

        var otherMember = signedIn("sanne.willems@agora.example");
        otherMember.navigate("/help/ask");
        otherMember.getByLabel("Onderwerp").selectOption(new SelectOption().setLabel("De online tools gebruiken"));
        otherMember.getByLabel("Titel").fill("Ik kan mijn onkostennota niet opladen");
        otherMember.getByLabel("Uw vraag").fill("De knop blijft grijs.");
        otherMember.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Versturen")).click();
        var otherPath = otherMember.url().replaceAll(".*(/help/requests/\\d+).*", "$1").replace("/help/", "/desk/");

        var absent = signedIn("amelie.gerard@agora.example");
        absent.navigate(otherPath);
        absent.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Prendre cette demande")).click();
        absent.navigate("/desk/absences");
        assertAccessible(absent);
        var today = LocalDate.now(ZoneId.of("Europe/Brussels"));
        absent.getByLabel("Premier jour d'absence").fill(today.toString());
        absent.getByLabel("Dernier jour d'absence").fill(today.plusDays(2).toString());
        absent.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer l'absence")).click();
        assertThat(absent.getByRole(AriaRole.STATUS)).hasText("Votre absence est enregistrée.");
        absent.navigate(otherPath);
        assertThat(absent.getByText("Personne (file partagée)")).isVisible();
        assertAccessible(absent);

        advisor.navigate("/desk/reports?by=office&office=1");
        advisor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("De cijfers van deze maand nu herberekenen")).click();
        advisor.navigate("/desk/reports?by=office&office=1");
        var brussels = advisor.getByRole(AriaRole.ROW, new Page.GetByRoleOptions().setName(Pattern.compile("^Brussel"))).first();
        assertThat(brussels).containsText("100 %");
        assertAccessible(advisor);
    }

    @Test
    void anAdminChangesATopicsPromiseAndACannedReply() {
        var admin = signedIn("admin@agora.example");
        admin.navigate("/admin/helpdesk/topics");
        assertThat(heading(admin)).hasText("Sujets de l'aide");
        assertAccessible(admin);

        admin.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Prix et rentabilité")).click();
        assertThat(heading(admin)).hasText("Modifier le sujet");
        assertAccessible(admin);
        label(admin, "Jours ouvrables pour répondre").fill("6");
        admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer")).click();
        assertThat(admin.getByRole(AriaRole.STATUS)).hasText("Le sujet est enregistré.");
        assertThat(admin.getByRole(AriaRole.ROW, new Page.GetByRoleOptions().setName(Pattern.compile("^Prix et rentabilité")))).containsText("6");
        assertAccessible(admin);

        admin.navigate("/admin/helpdesk/replies");
        assertThat(heading(admin)).hasText("Réponses types");
        assertAccessible(admin);
        admin.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("TVA : déclaration trimestrielle")).click();
        assertThat(heading(admin)).hasText("Modifier la réponse type");
        assertAccessible(admin);
        label(admin, "Titre en anglais").fill("VAT: the quarterly return");
        admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer")).click();
        assertThat(admin.getByRole(AriaRole.STATUS)).hasText("La réponse type est enregistrée.");
        admin.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("TVA : déclaration trimestrielle")).click();
        assertThat(label(admin, "Titre en anglais")).hasValue("VAT: the quarterly return");
        assertAccessible(admin);
    }

}
