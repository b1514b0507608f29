package coop.agora.forum;

import coop.agora.accounts.Members;
import coop.agora.offices.Offices;
import coop.agora.platform.DemoMode;
import coop.agora.platform.Markdown;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * On the first start of a demo: networks, themes and one local category per office, with
 * questions and answers in French and Dutch, one of them solved and in the FAQ.
 */
@Component
@Order(10)
class DemoForum implements ApplicationRunner {

    private final DemoMode demo;
    private final Categories categories;
    private final Topics topics;
    private final Posts posts;
    private final PromotedAnswers faq;
    private final Members members;
    private final Offices offices;
    private final Markdown markdown;
    private final JdbcClient db;

    DemoForum(DemoMode demo, Categories categories, Topics topics, Posts posts, PromotedAnswers faq, Members members, Offices offices,
            Markdown markdown, JdbcClient db) {
        this.demo = demo;
        this.categories = categories;
        this.topics = topics;
        this.posts = posts;
        this.faq = faq;
        this.members = members;
        this.offices = offices;
        this.markdown = markdown;
        this.db = db;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments arguments) {
        if (demo.enabled() && categories.count() == 0 && members.idOf("member@agora.example").isPresent()) {
            seed();
        }
    }

    private long person(String email) {
        return members.idOf(email).orElseThrow();
    }

    private void seed() {
        var networks = categories.create(null, "reseaux", "NETWORK", null,
                new String[] {"Réseaux de métiers", "Beroepsnetwerken", "Trade networks"},
                new String[] {"Échanger avec les membres qui font le même métier que vous.", "Praat met leden die hetzelfde vak uitoefenen.",
                        "Talk with members who work in the same trade."},
                Category.Visibility.PUBLIC, 1);
        var music = categories.create(networks, "musique", "NETWORK", null, new String[] {"Musique", "Muziek", "Music"},
                new String[] {"Concerts, cachets, droits d'auteur, matériel.", "Concerten, gages, auteursrechten, materiaal.",
                        "Gigs, fees, copyright, equipment."},
                Category.Visibility.PUBLIC, 1);
        var visualArts = categories.create(networks, "arts-visuels", "NETWORK", null, new String[] {"Arts visuels", "Beeldende kunst", "Visual arts"},
                new String[] {"Expositions, ventes d'œuvres, résidences.", "Tentoonstellingen, verkoop van werken, residenties.",
                        "Exhibitions, selling work, residencies."},
                Category.Visibility.PUBLIC, 2);
        var crafts = categories.create(networks, "artisanat", "NETWORK", null, new String[] {"Artisanat", "Ambacht", "Crafts"},
                new String[] {"Ébénisterie, céramique, couture : atelier, matières, marchés.", "Meubelmakerij, keramiek, naaiwerk: atelier, materialen, markten.",
                        "Woodwork, ceramics, sewing: workshop, materials, markets."},
                Category.Visibility.PUBLIC, 3);
        var it = categories.create(networks, "informatique", "NETWORK", null, new String[] {"Informatique", "Informatica", "IT"},
                new String[] {"Développement, graphisme web, missions en régie.", "Ontwikkeling, webdesign, opdrachten bij klanten.",
                        "Development, web design, on-site assignments."},
                Category.Visibility.PUBLIC, 4);
        var themes = categories.create(null, "themes", "THEME", null, new String[] {"Thèmes", "Thema's", "Themes"},
                new String[] {"Les questions qui reviennent, quel que soit le métier.", "De vragen die terugkomen, welk vak je ook hebt.",
                        "The questions that come back, whatever your trade."},
                Category.Visibility.PUBLIC, 2);
        var vat = categories.create(themes, "tva-contrats", "THEME", null, new String[] {"TVA et contrats", "Btw en contracten", "VAT and contracts"},
                new String[] {"Facturer, appliquer la bonne TVA, lire un contrat avant de signer.", "Factureren, het juiste btw-tarief, een contract lezen voor je tekent.",
                        "Invoicing, the right VAT rate, reading a contract before signing."},
                Category.Visibility.PUBLIC, 1);
        var coopLife = categories.create(themes, "vie-cooperative", "THEME", null, new String[] {"Vie coopérative", "Coöperatief leven", "Cooperative life"},
                new String[] {"Assemblées, parts sociales, groupes de travail.", "Algemene vergaderingen, aandelen, werkgroepen.",
                        "General meetings, shares, working groups."},
                Category.Visibility.MEMBERS, 2);
        var local = categories.create(null, "bureaux", "OFFICE", null, new String[] {"Près de chez vous", "In je buurt", "Near you"},
                new String[] {"Une catégorie par bureau, pour les rencontres et les bons plans locaux.", "Eén categorie per kantoor, voor ontmoetingen en lokale tips.",
                        "One category per office, for meetups and local tips."},
                Category.Visibility.MEMBERS, 3);
        long brussels = 0;
        long ghent = 0;
        for (var office : offices.all()) {
            var id = categories.create(local, "bureau-" + slug(office.nameFr()), "OFFICE",
                    office.id(), new String[] {office.nameFr(), office.nameNl(), office.nameEn()},
                    new String[] {"Les membres du bureau de " + office.nameFr() + " : rencontres, ateliers, entraide.",
                            "De leden van het kantoor " + office.nameNl() + ": ontmoetingen, workshops, hulp.",
                            "Members of the " + office.nameEn() + " office: meetups, workshops, mutual help."},
                    Category.Visibility.MEMBERS, (int) office.id());
            if (office.id() == 1) {
                brussels = id;
            }
            if (office.id() == 6) {
                ghent = id;
            }
        }
        var camille = person("member@agora.example");
        var pieter = person("advisor@agora.example");
        var nadia = person("moderator@agora.example");
        var lotte = person("lotte.peeters@agora.example");
        var jan = person("jan.devos@agora.example");
        var ines = person("ines.dubois@agora.example");
        var thomas = person("thomas.leroy@agora.example");
        var chloe = person("chloe.fontaine@agora.example");
        var wout = person("wout.claes@agora.example");
        var amelie = person("amelie.gerard@agora.example");
        categories.addModerator(vat, pieter);
        categories.addModerator(vat, amelie);
        categories.addModerator(coopLife, chloe);
        categories.addModerator(music, nadia);
        categories.addModerator(ghent, pieter);

        var now = Instant.now();
        var vatQuestion = topic(vat, camille, "Quelle TVA facturer pour une prestation de graphisme en France ?", "fr", now.minus(Duration.ofDays(40)),
                """
                Bonjour à toutes et à tous,

                Je suis graphiste et un client basé à Lille me demande un devis pour une identité visuelle.
                Est-ce que je dois facturer la TVA belge à 21 %, ou est-ce qu'il y a une autre règle quand le client est en France ?

                Merci d'avance !""",
                new Reply(ines, "J'ai eu le même cas l'an dernier : je crois que c'est l'autoliquidation, mais je ne suis pas sûre des mentions à ajouter.", false),
                new Reply(pieter, """
                        Bonjour Camille,

                        Si votre client est une **entreprise assujettie à la TVA** en France, la prestation est taxée en France et c'est
                        votre client qui paie la TVA (autoliquidation). Sur la facture :

                        - pas de TVA belge ;
                        - le numéro de TVA de votre client ;
                        - la mention « Autoliquidation ».

                        Si votre client est un particulier, vous facturez la TVA belge à 21 %. En cas de doute, écrivez à votre bureau.""", true),
                new Reply(camille, "Merci Pieter, c'est très clair. Mon client est bien une entreprise, je fais comme ça.", false));
        solve(vatQuestion, 1, "Quelle TVA facturer à un client professionnel en France ?", nadia);

        topic(vat, lotte, "Voorschot vragen voor een grote opdracht: hoe zet ik dat in een contract?", "nl", now.minus(Duration.ofDays(21)),
                """
                Hallo allemaal,

                Ik ben illustrator en heb een opdracht voor een kinderboek binnengehaald (ongeveer drie maanden werk).
                Ik wil graag een voorschot van 30 % vragen. Hoe schrijf ik dat het best in het contract?""",
                new Reply(jan, "Ik werk altijd met drie schijven: 30 % bij ondertekening, 40 % bij de schetsen, 30 % bij de levering.", false),
                new Reply(pieter, """
                        Dag Lotte,

                        Schrijf het bedrag en de vervaldatum van het voorschot uitdrukkelijk in het contract, en start pas na betaling.
                        Je adviseur kan je contract nalezen voor je het ondertekent.""", true));

        topic(music, thomas, "Cachet pour un concert dans un café : quel tarif demander ?", "fr", now.minus(Duration.ofDays(12)),
                """
                On joue à trois (guitare, contrebasse, batterie) dans un café à Namur le mois prochain.
                Le patron propose 150 € pour le groupe. Ça me semble peu : vous demandez combien, vous ?""",
                new Reply(ines, "Pour un set de deux heures, on ne descend pas sous 120 € par musicien, plus les frais de déplacement.", false),
                new Reply(nadia, "Pensez aussi à demander qui déclare le concert à la SABAM : c'est souvent oublié.", false));

        topic(crafts, jan, "Waar koop ik duurzaam hout in de buurt van Gent?", "nl", now.minus(Duration.ofDays(8)),
                """
                Ik maak meubels op maat en zoek een leverancier van FSC-hout in de regio Gent.
                Heeft iemand goede ervaringen?""",
                new Reply(wout, "Ik haal mijn eik bij een houthandel in Lochristi, ze leveren ook kleine hoeveelheden.", false));

        topic(it, thomas, "Mission en régie de six mois : comment facturer les jours ?", "fr", now.minus(Duration.ofDays(5)),
                """
                Une agence me propose une mission de développement à quatre jours par semaine pendant six mois.
                Est-ce que je facture chaque mois les jours prestés, ou un forfait ?""");

        topic(visualArts, ines, "Exposition collective à Liège : qui est partant ?", "fr", now.minus(Duration.ofDays(3)),
                """
                La galerie d'un ami propose un mur à cinq membres de la coopérative en mars.
                Peinture, photo ou gravure : répondez ici si vous êtes intéressé·e !""",
                new Reply(camille, "Très partante, je peux montrer trois sérigraphies.", false));

        topic(coopLife, chloe, "Assemblée générale : les documents sont en ligne", "fr", now.minus(Duration.ofDays(2)),
                """
                Les comptes annuels et l'ordre du jour de l'assemblée générale sont disponibles dans votre espace membre.
                Vous pouvez poser vos questions ici avant l'assemblée.""");
        db.sql("update forum.topic set pinned = true where category_id = ?").param(coopLife).update();

        topic(brussels, camille, "Café des membres bruxellois, jeudi 18 h", "fr", now.minus(Duration.ofDays(1)),
                "On se retrouve au bureau de Bruxelles jeudi à 18 h pour un verre et des échanges de bons plans. Bienvenue à tous !",
                new Reply(amelie, "J'y serai, et j'apporte des flyers pour l'atelier « premiers pas » du mois prochain.", false));

        topic(ghent, wout, "Koffie en co-working in Gent op vrijdag", "nl", now.minus(Duration.ofHours(6)),
                "Wie heeft zin om vrijdag samen te werken in het kantoor van Gent? Koffie staat klaar vanaf 9 uur.",
                new Reply(lotte, "Ik kom met mijn laptop, tot vrijdag!", false));

        // A category of the past, archived by an admin: its topics stay readable, nobody starts new ones.
        var lockdown = categories.create(themes, "entraide-confinement", "THEME", null,
                new String[] {"Entraide pendant le confinement", "Onderlinge hulp tijdens de lockdown", "Mutual help during the lockdown"},
                new String[] {"Les échanges de 2020 entre membres privés de clients et de salles.",
                    "De gesprekken van 2020 tussen leden zonder klanten en zalen.",
                    "The 2020 exchanges between members left without clients and venues."},
                Category.Visibility.MEMBERS, 90);
        topic(lockdown, thomas, "Droit passerelle : qui l'a déjà demandé ?", "fr", now.minus(Duration.ofDays(900)),
                "Mes concerts sont tous annulés jusqu'en juin. Quelqu'un a-t-il déjà demandé le droit passerelle, et en combien de temps est-il arrivé ?",
                new Reply(lotte, "Ja, via mijn sociaal verzekeringsfonds: de aanvraag duurde tien minuten en het geld kwam na drie weken.", false));
        categories.archive(lockdown, true);
    }

    private static String slug(String name) {
        return java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    }

    private record Reply(long authorId, String body, boolean official) {}

    private record Seeded(Topic topic, List<Post> replies) {}

    private Seeded topic(long categoryId, long authorId, String title, String language, Instant at, String body, Reply... replies) {
        var topic = topics.save(new Topic(categories.find(categoryId).orElseThrow(), authorId, title, language, false));
        topic.startedAt(at);
        posts.save(new Post(topic, authorId, body, markdown.toSafeHtml(body), true, false)).writtenAt(at);
        var saved = new java.util.ArrayList<Post>();
        var time = at;
        for (var reply : replies) {
            time = time.plus(Duration.ofHours(3));
            var post = posts.save(new Post(topic, reply.authorId(), reply.body(), markdown.toSafeHtml(reply.body()), false, false));
            post.writtenAt(time);
            post.markOfficial(reply.official());
            saved.add(post);
            topic.repliedAt(time, reply.authorId(), saved.size());
        }
        db.sql("update forum.category set topic_count = topic_count + 1, post_count = post_count + ?, last_post_at = greatest(last_post_at, ?) where id = ?")
                .params(1 + replies.length, java.sql.Timestamp.from(time), categoryId)
                .update();
        return new Seeded(topic, saved);
    }

    private void solve(Seeded seeded, int reply, String question, long moderator) {
        var answer = seeded.replies().get(reply);
        seeded.topic().solveWith(answer.id());
        faq.save(new PromotedAnswer(seeded.topic().id(), seeded.topic().categoryId(), question, answer.body(), markdown.toSafeHtml(answer.body()),
                seeded.topic().language(), moderator));
    }
}
