package coop.agora.mentoring;

import coop.agora.accounts.Members;
import coop.agora.directory.DirectoryFacts;
import coop.agora.platform.DemoMode;
import coop.agora.platform.Languages;
import java.util.List;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * On the first start of a demo: experienced members offer mentoring with the skills of their
 * directory profile, and a few mentorships are under way, asked for, or ended with feedback.
 */
@Component
@Order(40)
class DemoMentoring implements ApplicationRunner {

    private final DemoMode demo;
    private final JdbcClient db;
    private final Members members;
    private final DirectoryFacts directory;

    DemoMentoring(DemoMode demo, JdbcClient db, Members members, DirectoryFacts directory) {
        this.demo = demo;
        this.db = db;
        this.members = members;
        this.directory = directory;
    }

    private record Mentor(String email, String town, List<String> sectors, List<String> languages, boolean remote, int capacity, String about) {}

    private static final List<Mentor> MENTORS = List.of(
            new Mentor("lotte.peeters@agora.example", "9000", List.of("CONSULTING"), List.of("nl", "fr", "en"), true, 3,
                    "Twaalf jaar boekhouding voor freelancers: ik help je je eerste facturen en je btw te begrijpen."),
            new Mentor("jan.devos@agora.example", "2800", List.of("CRAFTS", "CONSTRUCTION"), List.of("nl", "fr"), false, 1,
                    "Steenhouwer sinds 2004. Ik toon graag hoe je een atelier en je eerste offertes opzet."),
            new Mentor("ines.dubois@agora.example", "4000", List.of("MUSIC", "TRAINING_AND_EDUCATION"), List.of("fr", "en"), true, 2,
                    "Pianiste, je vis de la scène et de l'enseignement depuis dix ans : contrats, cachets, élèves."),
            new Mentor("thomas.leroy@agora.example", "59000", List.of("DIGITAL"), List.of("fr", "nl", "en"), true, 2,
                    "Développeur indépendant : trouver ses premiers clients, fixer un tarif journalier, travailler à distance."),
            new Mentor("elodie.moreau@agora.example", "35000", List.of("VISUAL_ARTS", "COMMUNICATION"), List.of("fr"), false, 2,
                    "Graphiste depuis 15 ans, je vous aide à construire un portfolio et à parler de vos prix."),
            new Mentor("sanne.willems@agora.example", "1000", List.of("PERFORMING_ARTS"), List.of("nl", "fr", "en"), true, 2,
                    "Theatermaakster: subsidies, speellijsten en samenwerken met culturele centra."),
            new Mentor("mehdi.haddad@agora.example", "75011", List.of("AUDIOVISUAL"), List.of("fr", "ar"), true, 3,
                    "Photographe et vidéaste : droits d'auteur, devis, matériel de départ sans se ruiner."),
            new Mentor("francois.renard@agora.example", "7000", List.of("CONSTRUCTION"), List.of("fr"), false, 1,
                    "Menuisier, j'accompagne les artisans qui se lancent : assurances, chantiers, fournisseurs."),
            new Mentor("wout.claes@agora.example", "9000", List.of("CRAFTS"), List.of("nl", "en"), true, 2,
                    "Keramist: van hobby naar beroep, verkopen op markten en in winkels."),
            new Mentor("chloe.fontaine@agora.example", "69001", List.of("TRAINING_AND_EDUCATION"), List.of("fr", "en"), true, 3,
                    "Formatrice pour adultes : monter une offre de formation et la faire financer."),
            new Mentor("amelie.gerard@agora.example", "5000", List.of("SERVICES"), List.of("fr", "nl"), true, 2,
                    "Ancienne indépendante dans les services à la personne, je connais bien les débuts."),
            new Mentor("bram.maes@agora.example", "2000", List.of("CONSULTING", "DIGITAL"), List.of("nl", "en"), true, 2,
                    "Coach voor starters: businessplan, prijszetting en je eerste jaar overleven."),
            new Mentor("moderator@agora.example", "4020", List.of("WRITING_AND_TRANSLATION"), List.of("fr", "ar", "en"), true, 1,
                    "Rédactrice et traductrice : trouver des clients en agence et en direct."),
            new Mentor("advisor@agora.example", "9000", List.of("CONSULTING"), List.of("nl", "fr", "en"), true, 2,
                    "Adviseur in het dagelijks leven, peter op vrijdag: praktische vragen over je activiteit."),
            new Mentor("admin@agora.example", "1050", List.of("COMMUNICATION"), List.of("fr", "en"), true, 1,
                    "Communication pour les indépendants : réseaux sociaux, site, newsletter."),
            new Mentor("member@agora.example", "1060", List.of("WRITING_AND_TRANSLATION"), List.of("fr", "nl"), true, 2,
                    "Rédactrice web, je partage mes premières années de freelance."));

    @Override
    @Transactional
    public void run(ApplicationArguments arguments) {
        var empty = db.sql("select not exists (select 1 from mentoring.mentor)").query(Boolean.class).single();
        if (demo.enabled() && empty && members.idOf("admin@agora.example").isPresent()) {
            MENTORS.forEach(this::mentor);
            mentorships();
        }
    }

    private void mentor(Mentor mentor) {
        members.idOf(mentor.email()).ifPresent(id -> {
            var town = directory.town(mentor.town(), Languages.FRENCH).orElse(null);
            var skills = directory.skillsOf(id, Languages.FRENCH).stream().map(DirectoryFacts.SkillName::id).toArray(Long[]::new);
            db.sql("""
                            insert into mentoring.mentor (member_id, skill_ids, sectors, languages, town_label, latitude, longitude, remote, capacity, about)
                            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(id, skills, mentor.sectors().toArray(String[]::new), mentor.languages().toArray(String[]::new),
                            town == null ? null : town.label(), town == null ? null : town.latitude(), town == null ? null : town.longitude(),
                            mentor.remote(), mentor.capacity(), mentor.about())
                    .update();
        });
    }

    private void mentorships() {
        var marie = members.idOf("marie.nguyen@agora.example");
        var yannick = members.idOf("yannick.le.gall@agora.example");
        var lotte = members.idOf("lotte.peeters@agora.example");
        var mehdi = members.idOf("mehdi.haddad@agora.example");
        var ines = members.idOf("ines.dubois@agora.example");
        if (marie.isEmpty() || yannick.isEmpty() || lotte.isEmpty() || mehdi.isEmpty() || ines.isEmpty()) {
            return;
        }
        var marieRequest = request(marie.get(), "I translate technical documents from French and Dutch into English and want to find agencies as clients.",
                "MATCHED", List.of("en", "fr"));
        var active = pair(marieRequest, lotte.get(), marie.get(), "ACTIVE", 20, 2);
        db.sql("update mentoring.mentor set active_count = active_count + 1 where member_id = ?").param(lotte.get()).update();
        db.sql("insert into mentoring.session_log (mentorship_id, author_id, held_on, note) values (?, ?, current_date - 10, ?)")
                .params(active, lotte.get(), "First call: price per word, and how to invoice a client in France.")
                .update();
        var yannickRequest = request(yannick.get(), "Je me lance comme photographe de mariage en Bretagne et je voudrais fixer mes tarifs.",
                "ASKED", List.of("fr"));
        pair(yannickRequest, mehdi.get(), yannick.get(), "REQUESTED", 2, null);
        var ended = pair(null, ines.get(), marie.get(), "ENDED", 200, 3);
        db.sql("update mentoring.mentorship set closed_at = now() - interval '30 days', mentor_feedback = ?, mentee_feedback = ? where id = ?")
                .params("Marie a vite trouvé ses marques, un plaisir.", "Inès helped me price my first concert translations. Thank you!", ended)
                .update();
    }

    private long request(long menteeId, String project, String status, List<String> languages) {
        return db.sql("insert into mentoring.mentoring_request (mentee_id, project, languages, status, remote_ok) values (?, ?, ?, ?, true) returning id")
                .params(menteeId, project, languages.toArray(String[]::new), status)
                .query(Long.class)
                .single();
    }

    private long pair(Long requestId, long mentorId, long menteeId, String status, int askedDaysAgo, Integer acceptedAfterDays) {
        return db.sql("""
                        insert into mentoring.mentorship (request_id, mentor_id, mentee_id, status, asked_at, answer_due, accepted_at)
                        values (?, ?, ?, ?, now() - make_interval(days => ?), now() - make_interval(days => ?) + interval '7 days',
                                case when ?::int is null then null else now() - make_interval(days => ?) + make_interval(days => coalesce(?::int, 0)) end)
                        returning id""")
                .params(requestId, mentorId, menteeId, status, askedDaysAgo, askedDaysAgo, acceptedAfterDays, askedDaysAgo, acceptedAfterDays)
                .query(Long.class)
                .single();
    }
}
