package coop.agora.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.net.URI;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A networking moment with one seat: an advisor publishes it, two members register, the second
 * lands on the waiting list and gets the seat when the first cancels, and finds the event in her
 * private calendar feed; the advisor finds it in the agenda's week and month views. Every page is checked by
 * axe-core.
 */
class EventsJourneyTest extends BrowserTest {

    @Test
    void theSecondMemberMovesUpFromTheWaitingListAndFindsTheEventInHerCalendar() {
        var title = "Apéro réseau à Lyon " + UUID.randomUUID().toString().substring(0, 6);
        var day = LocalDate.now(ZoneId.of("Europe/Paris")).plusDays(12);

        var advisor = signedIn("chloe.fontaine@agora.example");
        navigation(advisor, "Agenda").click();
        assertThat(heading(advisor)).hasText("Agenda");
        assertAccessible(advisor);
        advisor.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Créer un événement")).click();
        assertAccessible(advisor);
        advisor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Publier l'événement")).click();
        assertThat(advisor.getByRole(AriaRole.ALERT)).containsText("Donnez un titre à l'événement.");
        assertAccessible(advisor);
        label(advisor, "Titre").fill(title);
        label(advisor, "Type d'événement").selectOption("NETWORKING");
        label(advisor, "Description").fill("Un verre entre membres lyonnais pour **se rencontrer**.");
        label(advisor, "Début").fill(day + "T18:30");
        label(advisor, "Fin").fill(day + "T20:30");
        advisor.locator("#office").selectOption("11");
        advisor.locator("#capacity").fill("1");
        advisor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Publier l'événement")).click();
        assertThat(heading(advisor)).hasText(title);
        assertThat(advisor.getByRole(AriaRole.STATUS)).hasText("Votre événement est publié.");
        assertAccessible(advisor);
        var eventUrl = advisor.url();
        advisor.navigate("/events/week?week=" + day.get(IsoFields.WEEK_BASED_YEAR) + "-W"
                + String.format("%02d", day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)) + "&office=11");
        assertThat(advisor.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(2)).first()).containsText("lundi");
        assertThat(advisor.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(title))).isVisible();
        assertAccessible(advisor);
        advisor.navigate("/events/month?month=" + YearMonth.from(day) + "&office=11");
        assertThat(advisor.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(2)).first()).containsText(" 1");
        assertThat(advisor.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(title))).isVisible();
        assertThat(advisor.getByText("1 place libre").first()).isVisible();
        assertAccessible(advisor);

        var first = signedIn("elodie.moreau@agora.example");
        var second = signedIn("yannick.le.gall@agora.example");
        first.navigate(eventUrl);
        second.navigate(eventUrl);
        first.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("M'inscrire")).click();
        second.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("M'inscrire")).click();
        assertThat(first.getByRole(AriaRole.STATUS)).hasText("Vous êtes inscrit.");
        assertThat(second.getByRole(AriaRole.STATUS)).hasText("Toutes les places sont prises : vous êtes sur la liste d'attente.");
        assertThat(second.getByText("Vous êtes numéro 1 sur la liste d'attente.")).isVisible();
        assertAccessible(second);

        first.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Annuler mon inscription")).click();
        assertThat(first.getByRole(AriaRole.STATUS)).hasText("Votre inscription est annulée.");
        assertAccessible(first);

        second.reload();
        assertThat(second.getByText("Vous êtes inscrit. À bientôt !")).isVisible();
        navigation(second, "Agenda").click();
        second.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Mes événements")).click();
        assertThat(second.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(title))).isVisible();
        second.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Créer mon adresse d'agenda privée")).click();
        assertAccessible(second);
        var feed = URI.create(label(second, "Votre adresse d'agenda privée").inputValue()).getPath();
        var calendar = second.request().get(feed);
        assertThat(calendar).isOK();
        var body = calendar.text().replace("\r\n ", "");
        assertTrue(body.contains("SUMMARY:" + title), () -> "The private feed misses the event:\n" + body);
    }

}
