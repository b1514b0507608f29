package coop.agora.directory;

import coop.agora.accounts.Members;
import coop.agora.platform.DemoMode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.LongStream;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * On the first start of a demo: a hand-made vocabulary of about 150 skills, the towns the demo
 * needs, and profiles in French and Dutch for the demo people, listed at different levels, one hidden,
 * some with a portfolio.
 */
@Component
@Order(10)
class DemoDirectory implements ApplicationRunner {

    private final DemoMode demo;
    private final Skills skills;
    private final Places places;
    private final Profiles profiles;
    private final Members members;
    private final JdbcClient db;
    private final PortfolioItems portfolioItems;

    DemoDirectory(DemoMode demo, Skills skills, Places places, Profiles profiles, Members members,
            JdbcClient db, PortfolioItems portfolioItems) {
        this.portfolioItems = portfolioItems;
        this.demo = demo;
        this.skills = skills;
        this.places = places;
        this.profiles = profiles;
        this.members = members;
        this.db = db;
    }

    private record Demo(
            String name, Visibility visibility, String postalCode, String headline, String bio,
            List<String> skills, List<Sector> sectors, List<String> languages, boolean missions, boolean collaborate, boolean mentoring, String website) {}

    private static final List<Demo> PROFILES = List.of(
            new Demo("Lotte Peeters", Visibility.MEMBERS, "9000", "Boekhouder voor kunstenaars en kleine coöperaties",
                    "Ik hou de boeken bij van een twintigtal **freelancers** in Gent en omstreken: facturen, btw-aangiften en jaarafsluiting.\n\nIk leg graag uit hoe het zit, zonder jargon.",
                    List.of("Comptabilité", "Gestion de la paie", "Conseil fiscal"), List.of(Sector.CONSULTING), List.of("nl", "fr", "en"), true, false, true, ""),
            new Demo("Jan De Vos", Visibility.PUBLIC, "2800", "Steenhouwer en restaurateur van erfgoed",
                    "Twintig jaar ervaring met blauwe hardsteen en zandsteen. Ik werk aan gevels, grafmonumenten en beelden, voor particulieren en besturen.",
                    List.of("Taille de pierre", "Restauration du patrimoine", "Sculpture"), List.of(Sector.CRAFTS, Sector.CONSTRUCTION), List.of("nl", "fr"), true, true, false, "https://example.org/jandevos"),
            new Demo("Inès Dubois", Visibility.PUBLIC, "4000", "Pianiste et professeure de piano",
                    "Je donne des cours de piano à domicile et en atelier, pour enfants et adultes, et j'accompagne des chœurs amateurs.\n\n- classique\n- jazz\n- improvisation",
                    List.of("Piano", "Enseignement de la musique", "Composition musicale"), List.of(Sector.MUSIC, Sector.TRAINING_AND_EDUCATION), List.of("fr", "en"), true, true, false, ""),
            new Demo("Thomas Leroy", Visibility.MEMBERS, "59000", "Développeur web, sites accessibles et rapides",
                    "Je construis des sites et des applications web pour les associations et les coopératives, avec une attention particulière à l'accessibilité (WCAG).",
                    List.of("Développement web", "Accessibilité numérique", "WordPress"), List.of(Sector.DIGITAL), List.of("fr", "nl", "en"), true, false, true, "https://example.org/thomas"),
            new Demo("Élodie Moreau", Visibility.PUBLIC, "5000", "Illustratrice et autrice de bande dessinée",
                    "Illustrations pour l'édition jeunesse, affiches et carnets de voyage. Je travaille à l'encre et à l'aquarelle.",
                    List.of("Illustration", "Bande dessinée", "Graphisme"), List.of(Sector.VISUAL_ARTS), List.of("fr"), true, true, false, ""),
            new Demo("Yannick Le Gall", Visibility.MEMBERS, "29200", "Photographe et vidéaste en Bretagne",
                    "Reportages, portraits et films courts pour les entreprises et les festivals du Finistère.",
                    List.of("Photographie", "Vidéo", "Montage vidéo"), List.of(Sector.AUDIOVISUAL), List.of("fr", "en"), true, false, false, ""),
            new Demo("Sanne Willems", Visibility.PUBLIC, "1060", "Vertaalster Frans-Nederlands, ook voor de cultuursector",
                    "Ik vertaal en verbeter teksten voor theaters, musea en verenigingen: brochures, ondertitels en websites.",
                    List.of("Traduction français-néerlandais", "Relecture et correction", "Sous-titrage"), List.of(Sector.WRITING_AND_TRANSLATION), List.of("nl", "fr", "en"), true, true, false, ""),
            new Demo("Mehdi Haddad", Visibility.MEMBERS, "6000", "Cuisinier traiteur, cuisine du monde et de saison",
                    "Buffets pour les événements, ateliers de cuisine et pain au levain pour les épiceries du quartier.",
                    List.of("Cuisine", "Boulangerie", "Animation d'ateliers"), List.of(Sector.FOOD_AND_FARMING), List.of("fr", "ar"), true, true, false, ""),
            new Demo("François Renard", Visibility.PUBLIC, "7000", "Ébéniste, meubles sur mesure en bois local",
                    "Je dessine et fabrique des meubles en chêne et en frêne de nos forêts, et je restaure des meubles anciens.",
                    List.of("Ébénisterie", "Menuiserie", "Restauration de meubles"), List.of(Sector.CRAFTS), List.of("fr"), true, false, true, ""),
            new Demo("Wout Claes", Visibility.PUBLIC, "2000", "Geluidstechnicus en lichttechnicus voor podia",
                    "Ik verzorg klank en licht voor concerten, theatervoorstellingen en festivals in Vlaanderen en Brussel.",
                    List.of("Ingénierie du son", "Éclairage de scène", "Régie technique"), List.of(Sector.PERFORMING_ARTS, Sector.MUSIC), List.of("nl", "en"), true, true, false, ""),
            new Demo("Nadia Benali", Visibility.MEMBERS, "1030", "Médiatrice et facilitatrice de groupes",
                    "J'accompagne les collectifs dans leurs décisions et leurs conflits: gouvernance partagée, réunions, médiation.",
                    List.of("Médiation", "Facilitation", "Gouvernance partagée"), List.of(Sector.CONSULTING, Sector.TRAINING_AND_EDUCATION), List.of("fr", "nl", "ar"), false, true, true, ""),
            new Demo("Chloé Fontaine", Visibility.MEMBERS, "75011", "Conseillère vie coopérative",
                    "Je réponds aux questions des membres sur la vie de la coopérative et j'anime les assemblées.",
                    List.of("Économie sociale", "Animation d'ateliers"), List.of(Sector.CONSULTING), List.of("fr", "en"), false, false, true, ""),
            new Demo("Marie Nguyen", Visibility.HIDDEN, "1050", "UX designer",
                    "Research and design for public services. My profile is not listed yet.",
                    List.of("Design UX", "Analyse de données"), List.of(Sector.DIGITAL), List.of("en", "fr"), false, false, false, ""));

    private record Work(String title, String description, String link) {}

    private static final Map<String, List<Work>> PORTFOLIOS = Map.of(
            "Jan De Vos", List.of(
                    new Work("Gevelrestauratie Sint-Pauluskerk, Antwerpen", "Vervanging van twaalf verweerde blokken blauwe hardsteen, met de hand gekapt zoals in 1650.", ""),
                    new Work("Grafmonument in zandsteen", "Ontwerp en uitvoering van een grafmonument met ingekapte letters.", "https://example.org/jandevos/grafmonument")),
            "Inès Dubois", List.of(
                    new Work("Récital « Nocturnes »", "Chopin et Fauré au Conservatoire de Liège, avec un atelier d'écoute pour les enfants.", "https://example.org/ines/nocturnes")),
            "Élodie Moreau", List.of(
                    new Work("Carnet de voyage en Ardenne", "Quarante aquarelles et des notes prises à pied, de Bouillon à Vresse-sur-Semois.", ""),
                    new Work("Affiche du festival Namur en Mai", "Illustration à l'encre et mise en page de l'affiche 2026.", "https://example.org/elodie/affiche")),
            "François Renard", List.of(
                    new Work("Bibliothèque en chêne massif", "Bibliothèque murale de quatre mètres, assemblages à tenons et mortaises, finition à l'huile.", "")),
            "Wout Claes", List.of(
                    new Work("Licht en klank voor Theater aan de Stroom", "Lichtontwerp en geluidsregie voor een tournee van vijftien voorstellingen.", "https://example.org/wout/stroom")));

    @Override
    @Transactional
    public void run(ApplicationArguments arguments) {
        if (!demo.enabled() || skills.count() > 0) {
            return;
        }
        var skillsByFrenchLabel = new HashMap<String, Skill>();
        read("directory/demo-skills.csv", fields -> {
            var skill = skills.save(new Skill(fields[0], fields[1], fields[2], fields[3], true, null));
            skillsByFrenchLabel.put(fields[0], skill);
        });
        var placesByPostalCode = new HashMap<String, Place>();
        read("directory/demo-places.csv", fields -> placesByPostalCode.putIfAbsent(fields[1], places.save(new Place(
                fields[0], fields[1], fields[2], fields[3], Double.parseDouble(fields[4]), Double.parseDouble(fields[5])))));
        var idsByName = new HashMap<String, Long>();
        members.displayNames(LongStream.rangeClosed(1, 200).boxed().toList(), Locale.FRENCH)
                .forEach((id, name) -> idsByName.putIfAbsent(name, id));
        for (var person : PROFILES) {
            var memberId = idsByName.get(person.name());
            if (memberId == null || profiles.existsById(memberId)) {
                continue;
            }
            var chosen = new LinkedHashSet<Skill>();
            person.skills().forEach(label -> chosen.add(skillsByFrenchLabel.get(label)));
            var profile = new Profile(memberId, person.name());
            profile.describe(new Profile.Description(person.name(), person.headline(), person.bio(),
                    placesByPostalCode.get(person.postalCode()), person.missions(), person.collaborate(), person.mentoring(),
                    person.website(), List.of(), Set.copyOf(person.sectors()), person.languages(), chosen));
            profile.show(person.visibility());
            var saved = profiles.save(profile);
            PORTFOLIOS.getOrDefault(person.name(), List.of())
                    .forEach(work -> portfolioItems.save(saved.addToPortfolio(work.title(), work.description(), work.link(), null)));
            db.sql("insert into directory.consent (member_id, visibility, text_version) values (?, ?, ?)")
                    .params(memberId, person.visibility().name(), MemberProfiles.CONSENT_TEXT_VERSION)
                    .update();
        }
    }

    private static void read(String resource, Consumer<String[]> row) {
        try (var reader = new BufferedReader(new InputStreamReader(new ClassPathResource(resource).getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    row.accept(line.split(";", -1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + resource, e);
        }
    }
}
