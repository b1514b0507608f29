package coop.agora.knowledge;

import coop.agora.accounts.Members;
import coop.agora.platform.DemoMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * On the first start of a demo: guides for the three levels about working as a freelance member
 * of the cooperative, in French and Dutch and mostly in English, two of them step by step; the
 * welcome booklets of Brussels and Ghent.
 */
@Component
@Order(20)
class DemoKnowledge implements ApplicationRunner {

    private final DemoMode demo;
    private final Editing editing;
    private final Members members;
    private final Booklets booklets;
    private final Glossary glossary;
    private final JdbcClient db;

    DemoKnowledge(DemoMode demo, Editing editing, Members members, Booklets booklets, Glossary glossary, JdbcClient db) {
        this.glossary = glossary;
        this.demo = demo;
        this.editing = editing;
        this.members = members;
        this.booklets = booklets;
        this.db = db;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments arguments) {
        var advisor = members.idOf("advisor@agora.example");
        if (demo.enabled() && advisor.isPresent() && db.sql("select count(*) from knowledge.article_group").query(Long.class).single() == 0) {
            var admin = members.idOf("admin@agora.example").orElse(advisor.get());
            seed(advisor.get(), admin);
            glossary(advisor.get());
            welcomeBooklets(admin);
        }
    }

    private static ArticleText text(String title, String summary, String body, String tags) {
        return new ArticleText(title, summary, body, List.of(), List.of(tags.split(", ")));
    }

    private static ArticleText tutorial(String title, String summary, String body, String tags, String... titlesAndBodies) {
        var steps = new ArrayList<ArticleText.Step>();
        for (int i = 0; i + 1 < titlesAndBodies.length; i += 2) {
            steps.add(new ArticleText.Step(titlesAndBodies[i], titlesAndBodies[i + 1]));
        }
        return new ArticleText(title, summary, body, steps, List.of(tags.split(", ")));
    }

    private void publish(Level level, long category, ArticleKind kind, ArticleVisibility visibility, long owner, LocalDate reviewBefore,
            Map<String, ArticleText> translations) {
        var description = new Description(level, category, kind, visibility, reviewBefore);
        Long group = null;
        var today = LocalDate.now(EditorController.OFFICE_TIME);
        for (var translation : translations.entrySet()) {
            long article;
            if (group == null) {
                article = editing.create(description, translation.getKey(), translation.getValue(), owner);
                group = editing.draft(article).orElseThrow().groupId();
            } else {
                article = editing.translate(group, description, translation.getKey(), translation.getValue(), owner);
            }
            editing.publish(article, today);
        }
    }

    private static Map<String, ArticleText> languages(ArticleText fr, ArticleText nl, ArticleText... en) {
        var translations = new LinkedHashMap<String, ArticleText>();
        translations.put("fr", fr);
        translations.put("nl", nl);
        if (en.length > 0) {
            translations.put("en", en[0]);
        }
        return translations;
    }

    private void glossary(long editor) {
        var terms = new String[][] {
            {"fr", "autoliquidation", "Quand votre client professionnel est dans un autre pays de l'Union, c'est lui qui paie la TVA à son État, pas vous."},
            {"fr", "part sociale", "Une part du capital de la coopérative (50 €). En l'achetant, vous devenez associé et vous votez à l'assemblée générale."},
            {"fr", "assemblée générale", "La réunion annuelle des associés : ils approuvent les comptes et votent, une personne une voix."},
            {"fr", "acompte", "Une partie du prix payée par le client avant le début du travail."},
            {"fr", "contribution", "La part de votre chiffre d'affaires (6,5 %) qui paie l'accompagnement, les assurances et les outils de la coopérative."},
            {"nl", "verlegging van heffing", "Als je zakelijke klant in een ander EU-land zit, betaalt hij de btw aan zijn eigen land, niet jij."},
            {"nl", "aandeel", "Een deel van het kapitaal van de coöperatie (50 euro). Wie het koopt, wordt vennoot en stemt op de algemene vergadering."},
            {"nl", "algemene vergadering", "De jaarlijkse vergadering van de vennoten: ze keuren de rekeningen goed en stemmen, één persoon één stem."},
            {"nl", "voorschot", "Een deel van de prijs dat de klant betaalt voor het werk begint."},
            {"nl", "bijdrage", "Het deel van je omzet (6,5 %) dat de begeleiding, de verzekeringen en de hulpmiddelen van de coöperatie betaalt."},
            {"en", "reverse charge", "When your business client is in another EU country, they pay the VAT to their own state, not you."},
            {"en", "general meeting", "The yearly meeting of member-owners: they approve the accounts and vote, one person one vote."},
            {"en", "contribution", "The share of your turnover (6.5%) that pays for the cooperative's support, insurance and tools."}};
        for (var term : terms) {
            glossary.add(term[0], term[1], term[2], editor);
        }
    }

    /** The booklets of Brussels and Ghent: every guide for newcomers, two everyday ones and cooperative life. */
    private void welcomeBooklets(long admin) {
        var guides = db.sql("""
                        select g.id from knowledge.article_group g
                        where g.level = 'NEWCOMER' or g.category_id in (3, 5)
                        order by g.category_id = 6, array_position(array['NEWCOMER', 'BASIC', 'EXPERT'], g.level), g.id""")
                .query(Long.class).list();
        var year = LocalDate.now(EditorController.OFFICE_TIME).getYear();
        for (var office : List.of(1L, 6L)) {
            // Typeset at once rather than by the job, so that the booklets are there when the demo opens.
            booklets.typeset(booklets.publish(booklets.assemble(office, year, guides, admin), admin));
        }
    }

    private void seed(long advisor, long admin) {
        var today = LocalDate.now(EditorController.OFFICE_TIME);
        var nextYear = today.plusYears(1);
        publish(Level.NEWCOMER, 1, ArticleKind.ARTICLE, ArticleVisibility.PUBLIC, advisor, nextYear, languages(
                text("Comment fonctionne la coopérative ?", "Vous gardez votre activité, la coopérative s'occupe du cadre : contrats, factures, salaire.",
                        """
                        La coopérative vous permet d'exercer votre métier **sans créer votre propre société**.

                        - Vous trouvez vos clients et vous fixez vos prix.
                        - La coopérative signe les contrats, envoie les factures et encaisse les paiements.
                        - Vous recevez un salaire, avec la protection sociale d'un salarié.

                        Une contribution de 6,5 % du chiffre d'affaires finance l'accompagnement, les assurances et les outils.
                        Votre conseiller ou conseillère répond à vos questions dans votre bureau.""", "coopérative, salaire, contribution"),
                text("Hoe werkt de coöperatie?", "Jij houdt je activiteit, de coöperatie zorgt voor het kader: contracten, facturen, loon.",
                        """
                        Via de coöperatie oefen je je beroep uit **zonder een eigen vennootschap op te richten**.

                        - Jij zoekt je klanten en bepaalt je prijzen.
                        - De coöperatie tekent de contracten, verstuurt de facturen en int de betalingen.
                        - Je krijgt een loon, met de sociale bescherming van een werknemer.

                        Een bijdrage van 6,5 % van de omzet betaalt de begeleiding, de verzekeringen en de hulpmiddelen.
                        Je adviseur in je kantoor beantwoordt je vragen.""", "coöperatie, loon, bijdrage"),
                text("How does the cooperative work?", "You keep your activity; the cooperative handles the framework: contracts, invoices, pay.",
                        """
                        The cooperative lets you work in your trade **without setting up your own company**.

                        - You find your clients and set your prices.
                        - The cooperative signs the contracts, sends the invoices and collects the payments.
                        - You receive a salary, with the social protection of an employee.

                        A contribution of 6.5% of turnover pays for support, insurance and tools.
                        Your advisor at your office answers your questions.""", "cooperative, salary, contribution")));
        publish(Level.NEWCOMER, 2, ArticleKind.ARTICLE, ArticleVisibility.PUBLIC, advisor, today.plusDays(10), languages(
                text("Votre premier contrat avec un client", "Ce qu'un contrat doit dire avant que vous commenciez le travail.",
                        """
                        Avant de commencer, mettez par écrit avec votre client :

                        1. **Ce que vous livrez** et pour quand ;
                        2. **Le prix**, hors TVA, et le calendrier de paiement ;
                        3. Ce qui se passe si le projet change ou s'arrête.

                        Encodez ensuite le devis dans votre espace membre : la coopérative le relit et le signe avec vous.
                        Ne commencez pas avant que le devis soit accepté.""", "contrat, devis, client"),
                text("Je eerste contract met een klant", "Wat een contract moet zeggen voor je aan het werk gaat.",
                        """
                        Leg voor je begint samen met je klant schriftelijk vast:

                        1. **Wat je levert** en tegen wanneer;
                        2. **De prijs**, zonder btw, en wanneer er betaald wordt;
                        3. Wat er gebeurt als het project verandert of stopt.

                        Voer de offerte daarna in je ledenruimte in: de coöperatie leest ze na en tekent ze samen met jou.
                        Begin niet voor de offerte aanvaard is.""", "contract, offerte, klant"),
                text("Your first contract with a client", "What a contract must say before you start working.",
                        """
                        Before you start, agree in writing with your client on:

                        1. **What you deliver** and by when;
                        2. **The price**, excluding VAT, and when it is paid;
                        3. What happens if the project changes or stops.

                        Then enter the quote in your member space: the cooperative reads it and signs it with you.
                        Do not start before the quote is accepted.""", "contract, quote, client")));
        publish(Level.NEWCOMER, 3, ArticleKind.TUTORIAL, ArticleVisibility.PUBLIC, advisor, nextYear, languages(
                tutorial("Faire votre première facture, pas à pas", "Quatre étapes, de la prestation terminée au paiement reçu.",
                        "Une facture part toujours **au nom de la coopérative**, jamais en votre nom propre.", "facture, paiement",
                        "Rassemblez les informations", "Le nom et l'adresse du client, son numéro de TVA s'il en a un, et la référence du devis accepté.",
                        "Encodez la facture", "Dans votre espace membre, choisissez *Nouvelle facture*, puis le devis : les montants sont repris.",
                        "Vérifiez la TVA", "Le taux proposé dépend du pays du client. En cas de doute, demandez à votre conseiller avant d'envoyer.",
                        "Envoyez et suivez le paiement", "La coopérative envoie la facture et vous prévient quand le paiement arrive."),
                tutorial("Je eerste factuur maken, stap voor stap", "Vier stappen, van afgewerkte opdracht tot ontvangen betaling.",
                        "Een factuur vertrekt altijd **op naam van de coöperatie**, nooit op je eigen naam.", "factuur, betaling",
                        "Verzamel de gegevens", "Naam en adres van de klant, het btw-nummer als die er een heeft, en de referentie van de aanvaarde offerte.",
                        "Voer de factuur in", "Kies in je ledenruimte *Nieuwe factuur* en dan de offerte: de bedragen worden overgenomen.",
                        "Controleer de btw", "Het voorgestelde tarief hangt af van het land van de klant. Bij twijfel vraag je het aan je adviseur voor je verstuurt.",
                        "Verstuur en volg de betaling op", "De coöperatie verstuurt de factuur en laat je weten wanneer de betaling binnen is."),
                tutorial("Your first invoice, step by step", "Four steps, from finished work to payment received.",
                        "An invoice is always sent **in the cooperative's name**, never in your own.", "invoice, payment",
                        "Gather the details", "The client's name and address, their VAT number if they have one, and the reference of the accepted quote.",
                        "Enter the invoice", "In your member space, choose *New invoice*, then the quote: the amounts are copied.",
                        "Check the VAT", "The rate offered depends on the client's country. When in doubt, ask your advisor before sending.",
                        "Send it and follow the payment", "The cooperative sends the invoice and tells you when the payment arrives.")));
        publish(Level.NEWCOMER, 6, ArticleKind.ARTICLE, ArticleVisibility.PUBLIC, admin, nextYear, languages(
                text("Devenir associé : les parts sociales", "Une part de 50 € fait de vous un membre qui vote à l'assemblée générale.",
                        """
                        Chaque membre peut devenir **associé** en achetant au moins une part sociale de 50 €.

                        Un associé vote à l'assemblée générale, une fois par an, selon le principe *une personne, une voix*,
                        quel que soit le nombre de parts. Vous pouvez aussi rejoindre un groupe de travail : outils, tarifs, accueil des nouveaux.""",
                        "assemblée générale, parts sociales, vote"),
                text("Vennoot worden: de aandelen", "Met een aandeel van 50 euro word je lid met stemrecht op de algemene vergadering.",
                        """
                        Elk lid kan **vennoot** worden door minstens één aandeel van 50 euro te kopen.

                        Een vennoot stemt op de algemene vergadering, één keer per jaar, volgens het principe *één persoon, één stem*,
                        hoeveel aandelen je ook hebt. Je kunt ook meedoen aan een werkgroep: hulpmiddelen, tarieven, onthaal van nieuwe leden.""",
                        "algemene vergadering, aandelen, stemrecht")));
        publish(Level.BASIC, 3, ArticleKind.ARTICLE, ArticleVisibility.PUBLIC, advisor, nextYear, languages(
                text("La TVA sur vos factures en Belgique et en France", "Quel taux appliquer selon le pays et le type de client.",
                        """
                        | Votre client | TVA sur la facture |
                        | --- | --- |
                        | **Particulier en Belgique** | TVA belge de 21 % |
                        | **Entreprise en Belgique** | TVA belge de 21 % |
                        | **Entreprise dans un autre pays de l'Union** | pas de TVA, mention « Autoliquidation » |
                        | **Particulier en France** | TVA belge, sauf exceptions |

                        Le numéro de TVA du client professionnel doit figurer sur la facture.""", "TVA, autoliquidation, France"),
                text("Btw op je facturen in België en Frankrijk", "Welk tarief je toepast volgens het land en het soort klant.",
                        """
                        | Je klant | Btw op de factuur |
                        | --- | --- |
                        | **Particulier in België** | 21 % Belgische btw |
                        | **Bedrijf in België** | 21 % Belgische btw |
                        | **Bedrijf in een ander EU-land** | geen btw, vermelding "Verlegging van heffing" |
                        | **Particulier in Frankrijk** | Belgische btw, op enkele uitzonderingen na |

                        Het btw-nummer van een zakelijke klant moet op de factuur staan.""", "btw, verlegging, Frankrijk"),
                text("VAT on your invoices in Belgium and France", "Which rate to apply by country and kind of client.",
                        """
                        | Your client | VAT on the invoice |
                        | --- | --- |
                        | **Private person in Belgium** | 21% Belgian VAT |
                        | **Company in Belgium** | 21% Belgian VAT |
                        | **Company in another EU country** | no VAT, mention "Reverse charge" |
                        | **Private person in France** | Belgian VAT, with a few exceptions |

                        A business client's VAT number must appear on the invoice.""", "VAT, reverse charge, France")));
        publish(Level.BASIC, 2, ArticleKind.ARTICLE, ArticleVisibility.MEMBERS, advisor, nextYear, languages(
                text("Demander un acompte", "Pour un projet de plus d'un mois, un acompte protège votre trésorerie.",
                        """
                        Pour un projet long, prévoyez dans le devis **un acompte de 30 %** à la signature.
                        Indiquez le montant et la date d'échéance, et commencez le travail une fois l'acompte payé.
                        La coopérative envoie la facture d'acompte pour vous.""", "acompte, trésorerie, devis"),
                text("Een voorschot vragen", "Bij een project van meer dan een maand beschermt een voorschot je kasstroom.",
                        """
                        Voorzie bij een lang project in de offerte **een voorschot van 30 %** bij ondertekening.
                        Vermeld het bedrag en de vervaldatum, en begin pas aan het werk als het voorschot betaald is.
                        De coöperatie verstuurt de voorschotfactuur voor jou.""", "voorschot, kasstroom, offerte")));
        publish(Level.BASIC, 5, ArticleKind.ARTICLE, ArticleVisibility.PUBLIC, admin, nextYear, languages(
                text("Quelles assurances pour votre activité ?", "Ce que la coopérative couvre déjà et ce que vous devez ajouter.",
                        """
                        La coopérative assure déjà votre **responsabilité civile professionnelle** et les accidents du travail.

                        Ajoutez une assurance si vous transportez du matériel de valeur, si vous travaillez en hauteur
                        ou si un client exige un montant de couverture plus élevé. Votre conseiller compare les offres avec vous.""",
                        "assurance, responsabilité civile, matériel"),
                text("Welke verzekeringen voor je activiteit?", "Wat de coöperatie al dekt en wat je zelf moet toevoegen.",
                        """
                        De coöperatie verzekert al je **beroepsaansprakelijkheid** en arbeidsongevallen.

                        Neem een extra verzekering als je waardevol materiaal vervoert, op hoogte werkt
                        of als een klant een hogere dekking vraagt. Je adviseur vergelijkt de aanbiedingen met je.""",
                        "verzekering, aansprakelijkheid, materiaal")));
        publish(Level.EXPERT, 4, ArticleKind.ARTICLE, ArticleVisibility.PUBLIC, advisor, nextYear, languages(
                text("Céder ou licencier vos droits d'auteur", "Photographes, illustrateurs, musiciens : comment facturer l'usage de vos œuvres.",
                        """
                        Quand un client utilise votre œuvre, vous pouvez **céder** vos droits (définitivement) ou accorder une **licence**
                        (un usage précis, pour une durée et un territoire).

                        Précisez toujours dans le contrat : les supports, la durée, les pays et le prix de chaque usage.
                        Les droits d'auteur sont facturés à part de la prestation et bénéficient d'un régime fiscal particulier.""",
                        "droits d'auteur, licence, cession"),
                text("Je auteursrechten overdragen of in licentie geven", "Fotografen, illustratoren, muzikanten: hoe je het gebruik van je werk factureert.",
                        """
                        Wanneer een klant je werk gebruikt, kun je je rechten **overdragen** (voorgoed) of een **licentie** geven
                        (een bepaald gebruik, voor een duur en een gebied).

                        Vermeld in het contract altijd de dragers, de duur, de landen en de prijs van elk gebruik.
                        Auteursrechten worden apart van de prestatie gefactureerd en hebben een eigen belastingregeling.""",
                        "auteursrechten, licentie, overdracht"),
                text("Assigning or licensing your copyright", "Photographers, illustrators, musicians: how to invoice the use of your work.",
                        """
                        When a client uses your work, you can **assign** your rights (for good) or grant a **licence**
                        (a specific use, for a period and a territory).

                        Always state in the contract the media, the period, the countries and the price of each use.
                        Copyright is invoiced separately from the service and has its own tax rules.""", "copyright, licence, assignment")));
        publish(Level.EXPERT, 7, ArticleKind.ARTICLE, ArticleVisibility.MEMBERS, admin, nextYear, languages(
                text("Embaucher quelqu'un pour votre activité", "Quand votre activité grandit, la coopérative peut engager une personne avec vous.",
                        """
                        Si votre chiffre d'affaires le permet, la coopérative peut **engager un assistant ou une assistante** pour votre activité.
                        Le salaire est payé sur votre budget. Parlez-en à votre conseiller au moins deux mois à l'avance :
                        il faut un plan de trésorerie sur un an.""", "embauche, salarié, trésorerie"),
                text("Iemand aanwerven voor je activiteit", "Als je activiteit groeit, kan de coöperatie samen met jou iemand in dienst nemen.",
                        """
                        Als je omzet het toelaat, kan de coöperatie **een assistent aanwerven** voor je activiteit.
                        Het loon wordt betaald uit je budget. Bespreek het minstens twee maanden vooraf met je adviseur:
                        er is een kasplan over een jaar nodig.""", "aanwerving, werknemer, kasplan")));
        publish(Level.EXPERT, 7, ArticleKind.TUTORIAL, ArticleVisibility.PUBLIC, advisor, nextYear, languages(
                tutorial("Investir dans du matériel, étape par étape", "Un achat important s'amortit sur plusieurs années : voici comment le préparer.",
                        "Un investissement de plus de 1 000 € est **amorti** : son coût est réparti sur sa durée d'utilisation.",
                        "investissement, amortissement, matériel",
                        "Chiffrez le besoin", "Demandez au moins deux devis et notez combien de temps vous utiliserez le matériel.",
                        "Vérifiez votre budget", "Votre conseiller regarde avec vous si votre budget d'activité couvre l'achat et l'amortissement.",
                        "Achetez au nom de la coopérative", "La facture du fournisseur doit être adressée à la coopérative, avec votre code d'activité."),
                tutorial("Investeren in materiaal, stap voor stap", "Een grote aankoop wordt over meerdere jaren afgeschreven: zo bereid je ze voor.",
                        "Een investering van meer dan 1.000 euro wordt **afgeschreven**: de kost wordt gespreid over de gebruiksduur.",
                        "investering, afschrijving, materiaal",
                        "Bereken wat je nodig hebt", "Vraag minstens twee offertes en noteer hoe lang je het materiaal zult gebruiken.",
                        "Controleer je budget", "Je adviseur bekijkt samen met jou of je activiteitsbudget de aankoop en de afschrijving dekt.",
                        "Koop op naam van de coöperatie", "De factuur van de leverancier moet op naam van de coöperatie staan, met je activiteitscode.")));
    }
}
