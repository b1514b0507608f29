package coop.agora.events;

import coop.agora.accounts.Members;
import coop.agora.offices.Office;
import coop.agora.offices.Offices;
import coop.agora.platform.DemoMode;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** On the first start of a demo: the coming weeks' agenda, in French and in Dutch, with a few registrations. */
@Component
@Order(20)
class DemoEvents implements ApplicationRunner {

    private final DemoMode demo;
    private final Agenda agenda;
    private final Registrations registrations;
    private final Members members;
    private final Offices offices;
    private final JdbcClient db;

    DemoEvents(DemoMode demo, Agenda agenda, Registrations registrations, Members members, Offices offices, JdbcClient db) {
        this.demo = demo;
        this.agenda = agenda;
        this.registrations = registrations;
        this.members = members;
        this.offices = offices;
        this.db = db;
    }

    private record Seed(
            int inDays, String start, String end, EventType type, String language, String title, String description,
            @Nullable Long office, @Nullable String town, @Nullable String online, @Nullable Integer capacity, @Nullable String question,
            String organizer, List<String> attendees) {}

    private static final List<Seed> SEEDS = List.of(
            new Seed(3, "09:30", "11:30", EventType.INFORMATION_SESSION, "fr", "Séance d'information : entreprendre au sein de la coopérative",
                    """
                    Vous avez un projet d'activité indépendante ? En deux heures, nous expliquons **comment fonctionne la coopérative** :
                    le statut d'entrepreneur salarié, la facturation, les assurances et l'accompagnement.

                    - Présentation générale
                    - Questions-réponses avec un conseiller
                    - Visite des espaces de travail partagés""",
                    1L, null, null, 25, "Quel est votre projet d'activité, en une phrase ?", "admin@agora.example",
                    List.of("member@agora.example", "marie.nguyen@agora.example")),
            new Seed(4, "10:00", "12:00", EventType.INFORMATION_SESSION, "nl", "Infosessie: ondernemen binnen de coöperatie",
                    """
                    Heb je een idee voor een zelfstandige activiteit? In twee uur leggen we uit **hoe de coöperatie werkt**:
                    het statuut van werknemer-ondernemer, facturatie, verzekeringen en begeleiding.""",
                    6L, null, null, 20, "Wat is je activiteit, in één zin?", "advisor@agora.example", List.of("wout.claes@agora.example")),
            new Seed(6, "08:30", "10:00", EventType.WELCOME_BREAKFAST, "fr", "Petit-déjeuner d'accueil des nouveaux membres",
                    "Café, croissants et premières rencontres avec les membres de Liège. Venez comme vous êtes !",
                    2L, null, null, 15, null, "moderator@agora.example", List.of()),
            new Seed(7, "14:00", "16:30", EventType.TOOL_TRAINING, "fr", "Atelier : faire ses devis et factures dans Agora",
                    """
                    Formation en petit groupe pour prendre en main l'outil de facturation.
                    Apportez votre ordinateur portable et un exemple de devis.""",
                    null, null, "https://visio.agora.example/atelier-factures", 8, null, "chloe.fontaine@agora.example",
                    List.of("elodie.moreau@agora.example", "mehdi.haddad@agora.example")),
            new Seed(9, "18:00", "20:30", EventType.NETWORKING, "nl", "Netwerkmoment Antwerpen: creatieven ontmoeten elkaar",
                    "Een informele avond om andere leden te leren kennen, samenwerkingen te starten en ervaringen te delen. Drankje inbegrepen.",
                    7L, null, null, 40, null, "bram.maes@agora.example", List.of("lotte.peeters@agora.example", "jan.devos@agora.example")),
            new Seed(10, "18:30", "21:00", EventType.NETWORKING, "fr", "Apéro réseau des membres lillois",
                    "Un moment convivial pour se rencontrer entre membres de la région lilloise et parler de vos projets.",
                    8L, null, null, null, null, "admin@agora.example", List.of("thomas.leroy@agora.example")),
            new Seed(12, "20:00", "22:30", EventType.MEMBER_EVENT, "fr", "Concert de jazz manouche au Café des Arts",
                    "Je joue avec mon trio au Café des Arts. Entrée libre, chapeau à la sortie. Au plaisir de vous y voir !",
                    null, "Rennes", null, null, null, "yannick.le.gall@agora.example", List.of("elodie.moreau@agora.example")),
            new Seed(14, "10:00", "18:00", EventType.MEMBER_EVENT, "nl", "Expo keramiek: open atelier",
                    "Mijn atelier staat een dag open: nieuw werk bekijken, vragen stellen en een koffie drinken.",
                    null, "Gent", null, null, null, "jan.devos@agora.example", List.of()),
            new Seed(17, "13:30", "15:30", EventType.TOOL_TRAINING, "nl", "Workshop: je profiel in de ledengids verzorgen",
                    "Hoe maak je een profiel dat opdrachtgevers overtuigt? Tips, voorbeelden en persoonlijke feedback in kleine groep.",
                    null, null, "https://visio.agora.example/workshop-profiel", 10, null, "advisor@agora.example", List.of()),
            new Seed(21, "14:00", "17:00", EventType.ASSEMBLY, "fr", "Assemblée générale des membres",
                    """
                    Ordre du jour :

                    1. Rapport d'activité de l'année
                    2. Comptes et budget
                    3. Élection au conseil d'administration
                    4. Questions des membres

                    La traduction en néerlandais est assurée.""",
                    1L, null, null, 300, null, "admin@agora.example",
                    List.of("member@agora.example", "sanne.willems@agora.example", "ines.dubois@agora.example")),
            new Seed(24, "09:00", "10:30", EventType.WELCOME_BREAKFAST, "fr", "Petit-déjeuner d'accueil à Lyon",
                    "Rencontrez l'équipe lyonnaise et les autres membres autour d'un café.",
                    11L, null, null, 12, null, "chloe.fontaine@agora.example", List.of()));

    @Override
    @Transactional
    public void run(ApplicationArguments arguments) {
        var empty = db.sql("select not exists (select 1 from events.event)").query(Boolean.class).single();
        if (demo.enabled() && empty && members.idOf("admin@agora.example").isPresent()) {
            seed();
        }
    }

    private void seed() {
        var today = LocalDate.now(EventRules.DEFAULT_ZONE);
        seedSeries(today);
        for (var seed : SEEDS) {
            var zone = seed.office() == null ? EventRules.DEFAULT_ZONE : offices.find(seed.office()).map(Office::timeZone).orElse(EventRules.DEFAULT_ZONE);
            var day = today.plusDays(seed.inDays());
            var id = agenda.insert(new EventRules.Checked(seed.title(), seed.description(), seed.type(), seed.language(),
                    at(day, seed.start(), zone), at(day, seed.end(), zone), zone, seed.office(), seed.town(), seed.online(),
                    seed.capacity(), seed.question()), members.idOf(seed.organizer()).orElse(null));
            for (var attendee : seed.attendees()) {
                var member = members.idOf(attendee);
                if (member.isPresent()) {
                    registrations.register(id, member.get(), seed.question() == null ? "" : answer(seed.language(), attendee));
                }
            }
        }
    }

    /** A demo series: its first day, hours, what it is, where, and how it repeats. */
    private record SeriesSeed(
            LocalDate first, String start, String end, EventType type, String language, String title, String description,
            @Nullable Long office, @Nullable String online, @Nullable Integer capacity, String organizer, RepeatForm repeat) {}

    /**
     * Repeating events: a weekly drop-in at the Brussels office (one week skipped, the week of a
     * public holiday), a monthly welcome breakfast in Antwerp on the first Friday, and a fortnightly
     * online coffee in French.
     */
    private void seedSeries(LocalDate today) {
        var thursday = today.plusDays(1).with(TemporalAdjusters.next(DayOfWeek.THURSDAY));
        var firstFriday = today.plusMonths(1).with(TemporalAdjusters.firstInMonth(DayOfWeek.FRIDAY));
        var monday = today.plusDays(1).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        var series = List.of(
                new SeriesSeed(thursday, "14:00", "17:00", EventType.INFORMATION_SESSION, "fr", "Permanence : vos questions sur la facturation et le statut",
                        """
                        Chaque jeudi après-midi, un conseiller répond sans rendez-vous à vos questions : devis, factures, notes de frais,
                        statut d'entrepreneur salarié. Passez quand vous voulez entre 14 h et 17 h.""",
                        1L, null, 6, "advisor@agora.example", new RepeatForm("WEEKLY", "1", "", "10", thursday.plusWeeks(2).toString())),
                new SeriesSeed(firstFriday, "08:30", "10:00", EventType.WELCOME_BREAKFAST, "nl", "Welkomstontbijt voor nieuwe leden",
                        "Elke eerste vrijdag van de maand: koffie, koffiekoeken en een eerste kennismaking met de coöperatie en andere leden in Antwerpen.",
                        7L, null, 6, "advisor@agora.example", new RepeatForm("MONTHLY_BY_WEEKDAY", "1", "", "6", "")),
                new SeriesSeed(monday, "12:30", "13:15", EventType.NETWORKING, "fr", "Café virtuel des indépendants",
                        "Une pause de midi en visio, une semaine sur deux, pour échanger astuces et nouvelles entre membres.",
                        null, "https://visio.agora.example/cafe", null, "chloe.fontaine@agora.example",
                        new RepeatForm("WEEKLY", "2", monday.plusWeeks(16).toString(), "", "")));
        for (var seed : series) {
            var zone = seed.office() == null ? EventRules.DEFAULT_ZONE : offices.find(seed.office()).map(Office::timeZone).orElse(EventRules.DEFAULT_ZONE);
            var first = new EventRules.Checked(seed.title(), seed.description(), seed.type(), seed.language(), at(seed.first(), seed.start(), zone),
                    at(seed.first(), seed.end(), zone), zone, seed.office(), null, seed.online(), seed.capacity(), null);
            agenda.insertSeries(first, seed.repeat(), members.idOf(seed.organizer()).orElse(null));
        }
    }

    /** What a demo attendee answers to the registration question, in the event's language. */
    private static String answer(String language, String attendee) {
        if (language.equals("nl")) {
            return "Ik start als fotograaf voor bedrijven.";
        }
        return attendee.startsWith("marie") ? "I translate technical documents from French to English." : "Je lance une activité de graphisme.";
    }

    private static Instant at(LocalDate day, String time, ZoneId zone) {
        return day.atTime(LocalTime.parse(time)).atZone(zone).toInstant();
    }
}
