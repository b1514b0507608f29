package coop.agora.opportunities;

import coop.agora.accounts.Members;
import coop.agora.directory.Matchmaking;
import coop.agora.platform.DemoMode;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * On the first start of a demo, after the directory's: about forty opportunities in French and
 * Dutch across kinds and towns, with deadlines counted from today, a few already past or filled so
 * that authors' archives show them. Members are not notified of demo opportunities.
 */
@Component
@Order(30)
class DemoOpportunities implements ApplicationRunner {

    private final DemoMode demo;
    private final JdbcClient db;
    private final Members members;
    private final Matchmaking matchmaking;
    private final Opportunities opportunities;
    private final BoardMatching matching;

    DemoOpportunities(DemoMode demo, JdbcClient db, Members members, Matchmaking matchmaking, Opportunities opportunities,
            BoardMatching matching) {
        this.demo = demo;
        this.db = db;
        this.members = members;
        this.matchmaking = matchmaking;
        this.opportunities = opportunities;
        this.matching = matching;
    }

    /** {@code where} is a postal code, a region's name or {@code remote}; {@code days} counts from today to the deadline. */
    private record Demo(String author, OpportunityKind kind, String where, int days, String status, boolean cooperative, String audience,
            String budget, List<String> languages, List<String> skills, String title, String description) {}

    private static Demo fr(String author, OpportunityKind kind, String where, int days, String budget, List<String> skills, String title,
            String description) {
        return new Demo(author, kind, where, days, "OPEN", false, "MEMBERS", budget, List.of("fr"), skills, title, description);
    }

    private static Demo nl(String author, OpportunityKind kind, String where, int days, String budget, List<String> skills, String title,
            String description) {
        return new Demo(author, kind, where, days, "OPEN", false, "MEMBERS", budget, List.of("nl"), skills, title, description);
    }

    private static Demo publicly(Demo demo) {
        return new Demo(demo.author(), demo.kind(), demo.where(), demo.days(), demo.status(), demo.cooperative(), "PUBLIC", demo.budget(),
                demo.languages(), demo.skills(), demo.title(), demo.description());
    }

    private static Demo byCooperative(Demo demo) {
        return new Demo(demo.author(), demo.kind(), demo.where(), demo.days(), demo.status(), true, "PUBLIC", demo.budget(),
                demo.languages(), demo.skills(), demo.title(), demo.description());
    }

    private static Demo also(Demo demo, String... languages) {
        var all = new LinkedHashSet<>(demo.languages());
        all.addAll(List.of(languages));
        return new Demo(demo.author(), demo.kind(), demo.where(), demo.days(), demo.status(), demo.cooperative(), demo.audience(), demo.budget(),
                List.copyOf(all), demo.skills(), demo.title(), demo.description());
    }

    private static Demo withStatus(Demo demo, String status) {
        return new Demo(demo.author(), demo.kind(), demo.where(), demo.days(), status, demo.cooperative(), demo.audience(), demo.budget(),
                demo.languages(), demo.skills(), demo.title(), demo.description());
    }

    private static final String CAMILLE = "member@agora.example";
    private static final String PIETER = "advisor@agora.example";
    private static final String CHLOE = "chloe.fontaine@agora.example";
    private static final String BRAM = "bram.maes@agora.example";
    private static final String AMELIE = "amelie.gerard@agora.example";

    private static final List<Demo> OPPORTUNITIES = List.of(
            publicly(fr("ines.dubois@agora.example", OpportunityKind.MISSION, "4000", 21, "250 euros par concert",
                    List.of("Piano", "Chant"), "Pianiste accompagnatrice pour trois concerts de chorale",
                    "La chorale *Les Voix du Mont* cherche une pianiste pour ses concerts de printemps à Liège.\n\n- trois répétitions générales\n- trois concerts le dimanche après-midi")),
            fr(CAMILLE, OpportunityKind.MISSION, "1000", 14, "450 euros par jour",
                    List.of("Développement web", "Accessibilité numérique"), "Refonte accessible du site d'une asbl bruxelloise",
                    "Une asbl d'insertion veut un site lisible par tous (WCAG 2.2 AA), géré sous WordPress. Environ huit jours de travail en janvier."),
            also(fr("thomas.leroy@agora.example", OpportunityKind.PARTNER, "59000", 30, "",
                    List.of("Design UX", "Graphisme"), "Développeur cherche designer pour des sites de coopératives",
                    "Je réponds à des demandes de sites pour des coopératives du Nord et je cherche un ou une designer pour faire équipe sur la durée."), "nl"),
            fr("elodie.moreau@agora.example", OpportunityKind.PREMISES, "5000", 45, "120 euros par mois",
                    List.of("Illustration", "Graphisme"), "Place à l'atelier partagé de Namur",
                    "Un poste de travail se libère dans notre atelier d'illustrateurs près de la gare : grande table, lumière du nord, presse à gravure en commun."),
            byCooperative(fr(CHLOE, OpportunityKind.CALL_FOR_PROJECTS, "FR_IDF", 40, "jusqu'à 5 000 euros",
                    List.of("Économie sociale", "Gestion de projet"), "Appel à projets : activités coopératives de quartier à Paris",
                    "La coopérative soutient cinq projets collectifs de membres qui créent de l'activité dans un quartier parisien. Dossier de deux pages.")),
            fr("mehdi.haddad@agora.example", OpportunityKind.MISSION, "6000", 10, "forfait de 1 200 euros",
                    List.of("Cuisine", "Pâtisserie"), "Renfort en cuisine pour un buffet de mariage à Charleroi",
                    "Buffet pour 120 personnes le samedi : je cherche une personne pour les desserts et le service du soir."),
            fr("francois.renard@agora.example", OpportunityKind.PREMISES, "7000", 60, "à discuter",
                    List.of("Ébénisterie", "Menuiserie"), "Atelier de menuiserie à partager à Mons, machines comprises",
                    "Dégauchisseuse, raboteuse et scie à format disponibles deux jours par semaine dans mon atelier de Mons."),
            fr("yannick.le.gall@agora.example", OpportunityKind.MISSION, "29200", 18, "350 euros par jour",
                    List.of("Vidéo", "Montage vidéo"), "Cadreur pour un festival de musique à Brest",
                    "Trois jours de tournage en juillet : captation des concerts et petites interviews des artistes."),
            byCooperative(fr(AMELIE, OpportunityKind.GRANT, "BE_WAL", 35, "jusqu'à 3 000 euros",
                    List.of(), "Bourse de lancement pour les nouveaux membres en Wallonie",
                    "Une aide pour acheter le matériel de démarrage de votre activité. Réservée aux membres inscrits depuis moins d'un an.")),
            fr(CAMILLE, OpportunityKind.MISSION, "remote", 25, "forfait de 800 euros",
                    List.of("Traduction anglais-français", "Relecture et correction"), "Traduction d'un guide d'accueil de l'anglais vers le français",
                    "Un guide de trente pages pour les bénévoles d'un festival, à traduire et relire pour février."),
            fr("ines.dubois@agora.example", OpportunityKind.PARTNER, "4020", 50, "",
                    List.of("Violon", "Composition musicale"), "Duo piano-violon pour des concerts en maisons de repos",
                    "Je monte un programme de concerts d'une heure pour les maisons de repos de la région liégeoise et je cherche un ou une violoniste."),
            fr("mehdi.haddad@agora.example", OpportunityKind.PREMISES, "6000", 30, "15 euros de l'heure",
                    List.of("Boulangerie"), "Four à pain disponible la nuit à Charleroi",
                    "Mon four à sole est libre de 22 h à 4 h : idéal pour une petite production de pain au levain."),
            withStatus(fr("thomas.leroy@agora.example", OpportunityKind.MISSION, "59100", 12, "400 euros par jour",
                    List.of("Développement web", "WordPress"), "Site vitrine pour une librairie de Roubaix",
                    "Une librairie indépendante veut vendre en ligne ses coups de cœur. Cinq jours de travail."), "FILLED"),
            fr("elodie.moreau@agora.example", OpportunityKind.MISSION, "5000", -5, "1 500 euros",
                    List.of("Illustration", "Bande dessinée"), "Illustrations pour un livre jeunesse",
                    "Douze illustrations à l'aquarelle pour un album sur la Meuse."),
            publicly(fr(CHLOE, OpportunityKind.MISSION, "75011", 20, "380 euros par jour",
                    List.of("Facilitation", "Gouvernance partagée"), "Animer l'assemblée d'une coopérative d'habitants",
                    "Une coopérative d'habitants du 11e arrondissement cherche une personne pour préparer et animer son assemblée annuelle.")),
            fr("francois.renard@agora.example", OpportunityKind.MISSION, "7500", 28, "sur devis",
                    List.of("Restauration de meubles", "Ébénisterie"), "Restauration de douze chaises anciennes à Tournai",
                    "Un café de la Grand-Place veut restaurer ses chaises bistrot en bois courbé."),
            fr(CAMILLE, OpportunityKind.CALL_FOR_PROJECTS, "remote", 55, "",
                    List.of("Podcast", "Journalisme"), "Série de podcasts sur le travail indépendant",
                    "Nous réunissons des membres pour une série de six épisodes sur la vie d'indépendant. Appel ouvert aux idées d'épisodes."),
            byCooperative(fr(CHLOE, OpportunityKind.GRANT, "FR_HDF", 70, "jusqu'à 2 000 euros",
                    List.of("Formation d'adultes"), "Aide à la formation pour les membres des Hauts-de-France",
                    "La coopérative prend en charge une partie de votre formation professionnelle. Demande en ligne avant la date limite.")),
            fr("yannick.le.gall@agora.example", OpportunityKind.PARTNER, "35000", 40, "",
                    List.of("Photographie", "Rédaction"), "Photographe cherche rédacteur pour un livre sur les ports bretons",
                    "Projet d'édition sur deux ans : textes courts et portraits des gens du port."),
            fr("mehdi.haddad@agora.example", OpportunityKind.MISSION, "69001", 15, "300 euros par atelier",
                    List.of("Cuisine", "Animation d'ateliers"), "Ateliers de cuisine du monde dans des centres sociaux lyonnais",
                    "Six ateliers du mercredi après-midi pour des familles, ingrédients fournis."),
            nl("lotte.peeters@agora.example", OpportunityKind.MISSION, "9000", 20, "60 euro per uur",
                    List.of("Comptabilité", "Gestion administrative"), "Boekhouder voor een theatergezelschap in Gent",
                    "Een klein theatergezelschap zoekt iemand die een halve dag per week de boekhouding en de btw-aangiften opvolgt."),
            publicly(nl("jan.devos@agora.example", OpportunityKind.MISSION, "2800", 30, "op offerte",
                    List.of("Taille de pierre", "Restauration du patrimoine"), "Steenhouwer gezocht voor gevelherstel in Mechelen",
                    "Restauratie van een gevel in blauwe hardsteen: twaalf blokken vervangen en voegen herstellen. Start in het voorjaar.")),
            also(nl("sanne.willems@agora.example", OpportunityKind.MISSION, "1060", 12, "0,12 euro per woord",
                    List.of("Traduction français-néerlandais", "Sous-titrage"), "Ondertitels vertalen voor een documentaire",
                    "Een Brusselse productiehuis zoekt een vertaler Frans-Nederlands voor de ondertitels van een documentaire van 52 minuten."), "fr"),
            nl("wout.claes@agora.example", OpportunityKind.MISSION, "2000", 16, "320 euro per dag",
                    List.of("Éclairage de scène", "Régie technique"), "Lichttechnicus voor een zomertournee",
                    "Tien voorstellingen in Vlaamse openluchttheaters, met eigen vervoer. Ervaring met lichttafels vereist."),
            nl("wout.claes@agora.example", OpportunityKind.PREMISES, "2018", 60, "50 euro per dag",
                    List.of("Ingénierie du son"), "Geluidsmateriaal te huur in Antwerpen",
                    "Mengtafel, twee monitors en microfoons: te huur voor leden, met uitleg bij het ophalen."),
            byCooperative(nl(PIETER, OpportunityKind.GRANT, "BE_VLG", 45, "tot 2.500 euro",
                    List.of(), "Startbeurs voor nieuwe leden in Vlaanderen",
                    "Een steun voor je eerste materiaal. Voor leden die minder dan een jaar lid zijn.")),
            nl("lotte.peeters@agora.example", OpportunityKind.PARTNER, "9000", 35, "",
                    List.of("Conseil fiscal", "Conseil juridique"), "Boekhouder zoekt jurist voor gezamenlijke infosessies",
                    "Ik geef infosessies over btw voor kunstenaars en zoek een jurist om samen ook het auteursrecht uit te leggen."),
            nl("jan.devos@agora.example", OpportunityKind.PREMISES, "2800", 90, "op afspraak",
                    List.of("Sculpture", "Taille de pierre"), "Werkplaats voor steenhouwers in Mechelen",
                    "Twee plaatsen vrij in een overdekte werkplaats met takel, ideaal voor beeldhouwers."),
            byCooperative(nl(BRAM, OpportunityKind.CALL_FOR_PROJECTS, "BE_BRU", 50, "tot 4.000 euro",
                    List.of("Économie sociale", "Animation d'ateliers"), "Projectoproep: buurtactiviteiten in Brussel",
                    "De coöperatie steunt vier collectieve projecten van leden die werk creëren in een Brusselse buurt.")),
            nl("sanne.willems@agora.example", OpportunityKind.MISSION, "remote", 22, "forfait van 900 euro",
                    List.of("Relecture et correction", "Rédaction"), "Eindredactie van een museumgids",
                    "Een museum in Brussel zoekt een eindredacteur voor de Nederlandse versie van zijn gids (40 bladzijden)."),
            nl("wout.claes@agora.example", OpportunityKind.PARTNER, "2000", -3, "",
                    List.of("Production musicale"), "Producer gezocht voor een ep",
                    "Ik zoek een producer om vier nummers op te nemen en te mixen."),
            nl(PIETER, OpportunityKind.MISSION, "3000", 25, "55 euro per uur",
                    List.of("Formation d'adultes", "Cours de langues"), "Lesgever Nederlands voor anderstaligen in Leuven",
                    "Twee avonden per week, van januari tot juni, voor een groep van twaalf cursisten."),
            nl("lotte.peeters@agora.example", OpportunityKind.MISSION, "9300", 8, "45 euro per uur",
                    List.of("Gestion de la paie"), "Loonadministratie voor een kleine brouwerij in Aalst",
                    "Maandelijkse loonfiches voor vijf werknemers, op afstand mogelijk na een eerste kennismaking."),
            nl("jan.devos@agora.example", OpportunityKind.MISSION, "8000", 40, "op offerte",
                    List.of("Vitrail", "Restauration du patrimoine"), "Glazenier voor een kapel in Brugge",
                    "Herstel van drie glasramen uit de negentiende eeuw, in samenspraak met Onroerend Erfgoed."),
            also(nl(BRAM, OpportunityKind.MISSION, "1000", 18, "400 euro per dag",
                    List.of("Facilitation", "Médiation"), "Begeleider voor een tweetalige werkgroep",
                    "Een Brusselse vzw zoekt iemand om vier vergaderingen in het Frans en het Nederlands te begeleiden."), "fr"),
            fr(AMELIE, OpportunityKind.MISSION, "1348", 26, "350 euros par jour",
                    List.of("Formation d'adultes", "Informatique de proximité"), "Formatrice en informatique pour des seniors à Louvain-la-Neuve",
                    "Huit matinées pour apprendre à se servir d'une tablette, en petits groupes."),
            fr("elodie.moreau@agora.example", OpportunityKind.CALL_FOR_PROJECTS, "6900", 32, "",
                    List.of("Peinture", "Street art"), "Fresque participative à Marche-en-Famenne",
                    "La maison de jeunes cherche un ou une artiste pour une fresque avec les jeunes du quartier pendant les vacances."),
            fr("yannick.le.gall@agora.example", OpportunityKind.MISSION, "44000", 9, "280 euros",
                    List.of("Photographie"), "Portraits d'équipe pour une coopérative nantaise",
                    "Une demi-journée de prises de vue dans les locaux, retouche comprise."),
            fr(CAMILLE, OpportunityKind.PREMISES, "1050", 75, "200 euros par mois",
                    List.of(), "Bureau à partager à Ixelles",
                    "Deux bureaux libres dans un espace partagé avec une salle de réunion, à deux pas de la place Flagey."),
            fr("francois.renard@agora.example", OpportunityKind.PARTNER, "7000", 38, "",
                    List.of("Architecture d'intérieur"), "Ébéniste cherche architecte d'intérieur",
                    "Pour proposer ensemble des aménagements sur mesure en bois local aux commerces de Mons."));

    @Override
    @Transactional
    public void run(ApplicationArguments arguments) {
        if (!demo.enabled() || db.sql("select count(*) from opportunities.opportunity").query(Long.class).single() > 0) {
            return;
        }
        var today = BoardRules.today();
        for (var item : OPPORTUNITIES) {
            var author = members.idOf(item.author());
            if (author.isEmpty()) {
                continue;
            }
            var skills = new LinkedHashSet<Long>();
            item.skills().forEach(label -> matchmaking.skillNamed(label, author.get()).ifPresent(skills::add));
            var town = item.where().matches("\\d+") ? matchmaking.townNamed(item.where(), Locale.FRENCH).orElse(null) : null;
            var region = Region.of(item.where()).orElse(null);
            if (item.where().matches("\\d+") && town == null) {
                continue;
            }
            var placeKind = town != null ? "TOWN" : region != null ? "REGION" : "REMOTE";
            var checked = new Checked(item.kind(), item.title(), item.description(), skills, placeKind, town, region, item.languages(),
                    item.budget(), today.plusDays(item.days()), item.audience(), item.cooperative());
            var id = opportunities.insert(checked, author.get());
            opportunities.tell(id, matching.toTell(new Matchmaking.Wanted(checked.skillIds(), checked.area(), checked.languages()), author.get()));
            if (!"OPEN".equals(item.status())) {
                opportunities.setStatus(id, item.status());
            }
        }
    }
}
