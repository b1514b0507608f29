package coop.agora.recommendations;

import coop.agora.accounts.Members;
import coop.agora.offices.OfficeContacts;
import coop.agora.platform.DemoMode;
import coop.agora.platform.Languages;
import coop.agora.platform.Markdown;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * On the first start of a demo: the 22 recommendations of the 2020-2021 "Accompaniment" cycle as
 * published, in French, with Dutch titles, and an invented follow-up (statuses, history, milestones,
 * comments) that the pages mark as demo data.
 */
@Component
@Order(40)
class DemoRecommendations implements ApplicationRunner {

    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
    private static final LocalDate RECEIVED = LocalDate.of(2021, 6, 15);

    private final DemoMode demo;
    private final Tracker tracker;
    private final Members members;
    private final OfficeContacts contacts;
    private final Markdown markdown;
    private final JdbcClient db;

    DemoRecommendations(DemoMode demo, Tracker tracker, Members members, OfficeContacts contacts, Markdown markdown, JdbcClient db) {
        this.demo = demo;
        this.tracker = tracker;
        this.members = members;
        this.contacts = contacts;
        this.markdown = markdown;
        this.db = db;
    }

    /** A dated change of the invented follow-up. */
    private record Step(int number, String date, Status status, int progress, @Nullable String service, String note,
            @Nullable String reason) {}

    private static final Map<Integer, String> DUTCH_TITLES = Map.ofEntries(
            Map.entry(1, "Smart maakt het makkelijker om vergaderingen of groepen van vennoten op te richten"),
            Map.entry(2, "Smart werkt aan het coöperatieve leven en de banden tussen vennoten"),
            Map.entry(3, "Smart maakt de balans op van eerdere SIP-aanbevelingen over begeleiding en de ontwikkeling van activiteiten"),
            Map.entry(4, "De school van de samenwerking doen leven"),
            Map.entry(5, "Overgangsrituelen naar het vennootschap bedenken"),
            Map.entry(6, "Bewustwording van machtsverhoudingen om professionele en begeleidingspraktijken te veranderen"),
            Map.entry(7, "Profielen begeleiden in de idee- en incubatiefase"),
            Map.entry(8, "De individuele begeleiding bij Smart zichtbaar en duidelijk maken"),
            Map.entry(9, "Smart zou het scheppen van werk en de ontwikkeling van activiteiten moeten stimuleren"),
            Map.entry(10, "Specifieke partnerschappen met andere organisaties aangaan om ruimtes ter beschikking te stellen"),
            Map.entry(11, "Smart versterkt de basis van een partnerschapsstrategie"),
            Map.entry(12, "Smart zorgt voor een beter aangepaste communicatie om de adviseurs te bereiken"),
            Map.entry(13, "Smart moet zijn websites grondig herzien"),
            Map.entry(14, "Smart herorganiseert de communicatie over de informatie die vennoten nodig hebben"),
            Map.entry(15, "Smart werkt tutorials uit om het gebruik van de tools te verbeteren"),
            Map.entry(16, "Digitaal onthaalboekje"),
            Map.entry(17, "Smart vereenvoudigt zijn taal en gebruikt een universele taal"),
            Map.entry(18, "Smart zou duidelijker moeten communiceren over zijn opdracht"),
            Map.entry(19, "Smart maakt de balans op van eerdere SIP-aanbevelingen over Smart Agora"),
            Map.entry(20, "Smart moet de website Smart Agora grondig herzien en opnieuw activeren"),
            Map.entry(21, "Smart moet een ledengids opzetten"),
            Map.entry(22, "Smart werkt aan de uitbouw van een forum"));

    private static final List<Step> STEPS = List.of(
            new Step(1, "2021-11-08", Status.UNDER_STUDY, 0, "accompagnement", "Le conseil d'administration a reçu la recommandation et demande une note de faisabilité.", null),
            new Step(1, "2022-04-20", Status.ACCEPTED, 10, "accompagnement", "Principe adopté : une personne de contact par bureau pour les groupes de sociétaires.", null),
            new Step(1, "2024-02-12", Status.IN_PROGRESS, 40, "accompagnement", "Premier comptoir des sociétaires ouvert à Bruxelles ; Liège et Lille suivent.", null),
            new Step(2, "2022-04-20", Status.ACCEPTED, 10, "accompagnement", "Une journée d'échange entre sociétaires est prévue chaque année.", null),
            new Step(3, "2021-11-08", Status.UNDER_STUDY, 0, "accompagnement", "Inventaire des recommandations SIP depuis 2018 commencé.", null),
            new Step(3, "2023-01-16", Status.IN_PROGRESS, 60, "accompagnement", "Inventaire terminé ; reste à publier le suivi.", null),
            new Step(3, "2026-09-01", Status.DONE, 100, "accompagnement", "Le suivi public des recommandations est en ligne : c'est cette page.", null),
            new Step(4, "2022-06-02", Status.UNDER_STUDY, 0, "accompagnement", "À discuter avec l'équipe des conseillers à la rentrée.", null),
            new Step(5, "2022-04-20", Status.ACCEPTED, 5, "accompagnement", "Piste retenue : un parrainage par un membre expérimenté.", null),
            new Step(5, "2026-10-05", Status.IN_PROGRESS, 25, "accompagnement", "Le parrainage entre membres est en préparation dans Agora.", null),
            new Step(6, "2022-06-02", Status.UNDER_STUDY, 0, "accompagnement", "Formation des conseillers à l'étude avec le groupe Égalité de genre.", null),
            new Step(7, "2022-09-12", Status.ACCEPTED, 15, "accompagnement", "Un atelier mensuel pour les projets en phase d'idée sera proposé.", null),
            new Step(8, "2022-09-12", Status.IN_PROGRESS, 30, "accompagnement", "Description de l'accompagnement individuel en cours de rédaction.", null),
            new Step(8, "2025-03-03", Status.IN_PROGRESS, 60, "accompagnement", "Le guide « Votre conseiller » est publié dans la base de connaissances.", null),
            new Step(9, "2022-04-20", Status.ACCEPTED, 10, "accompagnement", "Moments de réseau prévus dans chaque bureau.", null),
            new Step(9, "2026-05-18", Status.IN_PROGRESS, 70, "accompagnement", "L'annuaire des membres et l'agenda des moments de réseau sont en ligne.", null),
            new Step(11, "2023-02-06", Status.UNDER_STUDY, 0, "accompagnement", "Stratégie de partenariat à l'ordre du jour du comité de direction.", null),
            new Step(12, "2021-11-08", Status.ACCEPTED, 20, "accueil", "Een telefonisch keuzemenu per dienst wordt voorbereid.", null),
            new Step(12, "2026-03-09", Status.DONE, 100, "accueil", "Elk kantoor heeft nu een keuzemenu: druk 1 voor onthaal, 2 voor facturatie, enzovoort.", null),
            new Step(13, "2022-09-12", Status.IN_PROGRESS, 20, "accueil", "Herziening van de websites gestart, te beginnen met de contactpagina.", null),
            new Step(13, "2026-06-22", Status.IN_PROGRESS, 50, "accueil", "De contactpagina met diensten en openingsuren is online.", null),
            new Step(14, "2023-01-16", Status.ACCEPTED, 20, "facturation", "Les informations sur la facturation seront regroupées dans un seul guide.", null),
            new Step(15, "2023-01-16", Status.IN_PROGRESS, 35, "facturation", "Trois tutoriels vidéo sur la facturation sont en ligne.", null),
            new Step(16, "2023-01-16", Status.DECLINED, 0, "accueil", "Le livret d'accueil rejoint les tutoriels de la recommandation 15.",
                    "Un livret séparé ferait double emploi avec les guides d'accueil de la base de connaissances (recommandation 15)."),
            new Step(17, "2023-05-08", Status.IN_PROGRESS, 30, "accueil", "Les pages d'Agora sont relues pour un langage simple.", null),
            new Step(19, "2022-06-02", Status.UNDER_STUDY, 0, "accompagnement", "Étudiée avec les recommandations 20, 21 et 22.", null),
            new Step(20, "2023-05-08", Status.DECLINED, 0, "accompagnement", "Smart Agora ne sera pas réactivé.",
                    "Les fonctions attendues de Smart Agora sont reprises par l'annuaire des membres et le forum (recommandations 21 et 22)."),
            new Step(21, "2023-05-08", Status.IN_PROGRESS, 40, "accompagnement", "Annuaire des membres en développement.", null),
            new Step(21, "2026-02-02", Status.DONE, 100, "accompagnement", "L'annuaire des membres est ouvert à tous les sociétaires.", null),
            new Step(22, "2023-05-08", Status.IN_PROGRESS, 40, "accompagnement", "Forum des membres en développement.", null),
            new Step(22, "2026-04-13", Status.DONE, 100, "accompagnement", "Le forum est ouvert, avec une FAQ tenue par les conseillers.", null));

    @Override
    @Transactional
    public void run(ApplicationArguments arguments) {
        if (!demo.enabled() || db.sql("select exists (select 1 from recommendations.cycle)").query(Boolean.class).single()) {
            return;
        }
        var admin = members.idOf("admin@agora.example");
        var advisor = members.idOf("advisor@agora.example");
        if (admin.isEmpty() || advisor.isEmpty()) {
            return;
        }
        CycleFile file;
        try {
            var content = new ClassPathResource("recommendations/demo-2020-2021-accompagnement.md").getContentAsString(StandardCharsets.UTF_8);
            file = CycleFile.markdown(content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (CycleFile.Unreadable e) {
            throw new IllegalStateException("The demo cycle does not read: " + e.getMessage(), e);
        }
        var cycle = tracker.importCycle("2020-2021", "Accompagnement", Languages.FRENCH, file, admin.get(), true);
        db.sql("update recommendations.recommendation set created_at = ?, updated_at = ? where cycle_id = ?")
                .params(at(RECEIVED), at(RECEIVED), cycle).update();
        db.sql("update recommendations.change set at = ? where recommendation_id in (select id from recommendations.recommendation where cycle_id = ?)")
                .params(at(RECEIVED), cycle).update();
        DUTCH_TITLES.forEach((number, title) -> db.sql("update recommendations.recommendation set title_nl = ? where cycle_id = ? and number = ?")
                .params(title, cycle, number).update());
        themes();
        var services = contacts.services();
        for (var step : STEPS) {
            var service = services.stream().filter(s -> s.slug().equals(step.service())).findFirst().map(s -> s.id()).orElse(null);
            var id = id(cycle, step.number());
            var before = db.sql("select status, progress, service_id from recommendations.recommendation where id = ?").param(id).query().singleRow();
            db.sql("update recommendations.recommendation set status = ?, progress = ?, service_id = ?, decline_reason = ?, updated_at = ? where id = ?")
                    .params(step.status().name(), step.progress(), service, step.reason(), at(step.date()), id).update();
            db.sql("""
                            insert into recommendations.change (recommendation_id, at, actor_id, actor_role, service_id, kind, old_status, new_status,
                                old_progress, new_progress, old_service_id, new_service_id, detail, note)
                            values (?, ?, ?, 'ADVISOR', ?, 'UPDATE', ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(id, at(step.date()), advisor.get(), service, before.get("status"), step.status().name(), before.get("progress"),
                            step.progress(), before.get("service_id"), service, step.reason(), step.note())
                    .update();
        }
        milestone(cycle, 1, "Premier comptoir des sociétaires à Bruxelles", "2024-01-31", "2024-02-12");
        milestone(cycle, 1, "Charte des groupes de sociétaires", "2027-03-31", null);
        milestone(cycle, 9, "Annuaire des membres en ligne", "2026-02-01", "2026-02-02");
        milestone(cycle, 9, "Un moment de réseau par trimestre dans chaque bureau", "2027-06-30", null);
        milestone(cycle, 13, "Nieuwe contactpagina", "2026-06-30", "2026-06-22");
        milestone(cycle, 13, "Vereenvoudigde startpagina voor nieuwe leden", "2027-01-31", null);
        link(cycle, 9, LinkKind.EVENT, "Agenda des moments de réseau", "/events");
        link(cycle, 9, LinkKind.OTHER, "Annuaire des membres", "/directory");
        link(cycle, 21, LinkKind.OTHER, "Annuaire des membres", "/directory");
        link(cycle, 22, LinkKind.FORUM_TOPIC, "Forum des membres", "/forum");
        link(cycle, 12, LinkKind.OTHER, "Contact en openingsuren van de kantoren", "/contact");
        comment(cycle, 3, "marie.nguyen@agora.example", "Enfin ! J'ai participé à trois cycles SIP et c'est la première fois que je vois **ce qui a été fait**.");
        comment(cycle, 13, "lotte.peeters@agora.example", "De nieuwe contactpagina is veel duidelijker. Nu nog de rest van de site!");
        comment(cycle, 20, "thomas.leroy@agora.example", "Dommage pour Smart Agora, mais l'annuaire et le forum répondent à ce qu'on demandait.");
        comment(cycle, 9, "wout.claes@agora.example", "Komt er ook een netwerkmoment in Gent?");
        members.idOf("member@agora.example").ifPresent(member -> {
            for (var number : List.of(9, 22)) {
                db.sql("insert into recommendations.follower (recommendation_id, member_id) values (?, ?)").params(id(cycle, number), member).update();
            }
        });
    }

    private void themes() {
        var names = List.of(
                List.of("Vie coopérative", "Coöperatief leven", "Cooperative life"),
                List.of("Accompagnement professionnel et développement de projets", "Professionele begeleiding en projectontwikkeling",
                        "Professional support and project development"),
                List.of("Networking, créations d’opportunités et partenariat", "Netwerken, kansen creëren en partnerschappen",
                        "Networking, opportunities and partnerships"),
                List.of("Communication et information", "Communicatie en informatie", "Communication and information"),
                List.of("La question transversale de Smart Agora", "De overkoepelende vraag van Smart Agora", "The cross-cutting question of Smart Agora"));
        for (var name : names) {
            db.sql("update recommendations.theme set name_nl = ?, name_en = ? where name_fr = ?").params(name.get(1), name.get(2), name.get(0)).update();
        }
    }

    private long id(long cycle, int number) {
        return db.sql("select id from recommendations.recommendation where cycle_id = ? and number = ?").params(cycle, number).query(Long.class).single();
    }

    private void milestone(long cycle, int number, String title, String due, @Nullable String done) {
        db.sql("insert into recommendations.milestone (recommendation_id, title, due_on, done_on) values (?, ?, ?, ?)")
                .params(id(cycle, number), title, LocalDate.parse(due), done == null ? null : LocalDate.parse(done)).update();
    }

    private void link(long cycle, int number, LinkKind kind, String title, String url) {
        db.sql("insert into recommendations.related_link (recommendation_id, kind, title, url, added_at) values (?, ?, ?, ?, ?)")
                .params(id(cycle, number), kind.name(), title, url, at("2026-06-01")).update();
    }

    private void comment(long cycle, int number, String author, String body) {
        members.idOf(author).ifPresent(member -> db.sql("""
                        insert into recommendations.comment (recommendation_id, author_id, body, body_html, created_at) values (?, ?, ?, ?, ?)""")
                .params(id(cycle, number), member, body, markdown.toSafeHtml(body), at("2026-09-15")).update());
    }

    private static Timestamp at(String date) {
        return at(LocalDate.parse(date));
    }

    private static Timestamp at(LocalDate date) {
        return Timestamp.from(date.atTime(10, 0).atZone(BRUSSELS).toInstant());
    }
}
