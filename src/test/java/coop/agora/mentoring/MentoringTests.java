package coop.agora.mentoring;

import static org.assertj.core.api.Assertions.assertThat;

import coop.agora.AgoraIntegrationTest;
import coop.agora.Outbox;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** Suggestions, asking, answering and the life of a mentorship, with what is refused. */
@AgoraIntegrationTest
class MentoringTests {

    private static final double LIEGE_LAT = 50.6326;
    private static final double LIEGE_LON = 5.5797;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient db;

    @Autowired
    Mentorships mentorships;

    @Autowired
    MentoringPersonalData personalData;

    MentoringTesting testing;

    @BeforeEach
    void setUp() {
        testing = new MentoringTesting(mvc, db);
        // Each test ranks its own mentors: demo mentors and those of earlier tests take no part.
        db.sql("update mentoring.mentor set available = false").update();
    }

    @Test
    void suggestionsRankMentorsByWhatTheyShareAndSayWhy() throws Exception {
        var piano = testing.skill("Piano");
        var teaching = testing.skill("Enseignement de la musique");
        var near = testing.member("Pianiste Proche");
        var far = testing.member("Pianiste Lointaine");
        var dutchOnly = testing.member("Alleen Nederlands");
        var full = testing.member("Plus De Place");
        testing.mentor(near, new Long[] {piano, teaching}, new String[] {"fr"}, LIEGE_LAT, LIEGE_LON, 2);
        testing.mentor(far, new Long[] {piano}, new String[] {"fr"}, 48.8590, 2.3800, 2);
        testing.mentor(dutchOnly, new Long[] {piano, teaching}, new String[] {"nl"}, LIEGE_LAT, LIEGE_LON, 2);
        testing.mentor(full, new Long[] {piano, teaching}, new String[] {"fr"}, LIEGE_LAT, LIEGE_LON, 1);
        db.sql("update mentoring.mentor set active_count = 1 where member_id = ?").param(full.id()).update();
        var mentee = testing.member("Nouvelle Musicienne");

        var request = testing.request(mentee, "Piano", "Enseignement de la musique");
        var page = mentee.visitor().get("/mentoring/requests/" + request).getResponse().getContentAsString();

        assertThat(page).contains("Pianiste Proche", "Pianiste Lointaine", "Compétences en commun (2) : Piano, Enseignement de la musique",
                "Langues en commun : Français", "À 0 km", "À 303 km");
        assertThat(page.indexOf("Pianiste Proche")).isLessThan(page.indexOf("Pianiste Lointaine"));
        assertThat(page).doesNotContain("Alleen Nederlands", "Plus De Place");
    }

    @Test
    void aNearMentorSharingNoSkillStillOutranksFarMentorsSharingOne() throws Exception {
        var piano = testing.skill("Piano");
        for (var number = 1; number <= Matching.SUGGESTIONS; number++) {
            var far = testing.member("Pianiste Parisienne " + number);
            testing.mentor(far, new Long[] {piano}, new String[] {"fr"}, 48.8590, 2.3800, 1);
        }
        var neighbour = testing.member("Voisine Sans Piano");
        testing.mentor(neighbour, new Long[] {}, new String[] {"fr"}, LIEGE_LAT, LIEGE_LON, 3);
        var mentee = testing.member("Pianiste Débutante");

        var request = testing.request(mentee, "Piano");
        var page = mentee.visitor().get("/mentoring/requests/" + request).getResponse().getContentAsString();

        assertThat(page).contains("Voisine Sans Piano");
        assertThat(page.indexOf("Voisine Sans Piano")).isLessThan(page.indexOf("Pianiste Parisienne"));
    }

    @Test
    void mentorsSharingSeveralSkillsFillTheSuggestionsBeforeANearMentorSharingNone() throws Exception {
        var piano = testing.skill("Piano");
        var teaching = testing.skill("Enseignement de la musique");
        for (var number = 1; number <= Matching.SUGGESTIONS; number++) {
            var far = testing.member("Professeure Parisienne " + number);
            testing.mentor(far, new Long[] {piano, teaching}, new String[] {"fr"}, 48.8590, 2.3800, 1);
        }
        var neighbour = testing.member("Voisin Sans Piano");
        testing.mentor(neighbour, new Long[] {}, new String[] {"fr"}, LIEGE_LAT, LIEGE_LON, 3);
        var mentee = testing.member("Professeur Débutant");

        var request = testing.request(mentee, "Piano", "Enseignement de la musique");
        var page = mentee.visitor().get("/mentoring/requests/" + request).getResponse().getContentAsString();

        assertThat(page).contains("Professeure Parisienne 1", "Professeure Parisienne " + Matching.SUGGESTIONS);
        assertThat(page).doesNotContain("Voisin Sans Piano");
    }

    @Test
    void aMentorAcceptsOnceAndTheMenteeIsToldByMail() throws Exception {
        var mentor = testing.member("Marraine");
        testing.mentor(mentor, new Long[] {testing.skill("Piano")}, new String[] {"fr"}, LIEGE_LAT, LIEGE_LON, 2);
        var mentee = testing.member("Filleule");
        var mentorship = testing.asked(mentee, testing.request(mentee, "Piano"), mentor);
        assertThat(new Outbox(db).latestTo(mentor.email()).orElseThrow().subject()).contains("Filleule");

        assertThat(mentee.visitor().post("/mentoring/mentorships/" + mentorship + "/accept")).hasStatus(403);
        assertThat(mentor.visitor().post("/mentoring/mentorships/" + mentorship + "/accept")).hasStatus3xxRedirection();
        var twice = mentor.visitor().post("/mentoring/mentorships/" + mentorship + "/accept");

        assertThat(twice).hasStatus(422);
        assertThat(twice.getResponse().getContentAsString()).contains("déjà reçu une réponse");
        assertThat(testing.status(mentorship)).isEqualTo("ACTIVE");
        assertThat(testing.activeCount(mentor)).isEqualTo(1);
        assertThat(new Outbox(db).latestTo(mentee.email()).orElseThrow().subject()).contains("Marraine");
    }

    @Test
    void aMentorWithEveryPlaceTakenCannotAcceptAnotherMentee() throws Exception {
        var mentor = testing.member("Une Seule Place");
        testing.mentor(mentor, new Long[] {testing.skill("Piano")}, new String[] {"fr"}, LIEGE_LAT, LIEGE_LON, 1);
        var first = testing.member("Premier");
        var second = testing.member("Second");
        var firstAsk = testing.asked(first, testing.request(first, "Piano"), mentor);
        var secondAsk = testing.asked(second, testing.request(second, "Piano"), mentor);
        mentor.visitor().post("/mentoring/mentorships/" + firstAsk + "/accept");

        var refused = mentor.visitor().post("/mentoring/mentorships/" + secondAsk + "/accept");

        assertThat(refused).hasStatus(422);
        assertThat(refused.getResponse().getContentAsString()).contains("Toutes vos places sont prises");
        assertThat(testing.status(secondAsk)).isEqualTo("REQUESTED");
        assertThat(testing.activeCount(mentor)).isEqualTo(1);
    }

    @Test
    void twoAcceptsAtOnceMakeOneMentorship() throws Exception {
        var mentor = testing.member("Réponse Double");
        testing.mentor(mentor, new Long[] {testing.skill("Piano")}, new String[] {"fr"}, LIEGE_LAT, LIEGE_LON, 3);
        var mentee = testing.member("Impatiente");
        var mentorship = testing.asked(mentee, testing.request(mentee, "Piano"), mentor);
        var start = new CountDownLatch(1);
        Callable<Boolean> accept = () -> {
            start.await();
            try {
                mentorships.accept(mentor.id(), mentorship);
                return true;
            } catch (MentoringRules.Refused refused) {
                return false;
            }
        };

        var outcomes = new ArrayList<Boolean>();
        var pool = Executors.newFixedThreadPool(2);
        try {
            var futures = List.of(pool.submit(accept), pool.submit(accept));
            start.countDown();
            for (var future : futures) {
                outcomes.add(future.get());
            }
        } finally {
            pool.shutdown();
        }

        assertThat(outcomes).containsExactlyInAnyOrder(true, false);
        assertThat(testing.activeCount(mentor)).isEqualTo(1);
    }

    @Test
    void nobodyMentorsThemselves() throws Exception {
        var person = testing.member("Moi-Même");
        testing.mentor(person, new Long[] {testing.skill("Piano")}, new String[] {"fr"}, LIEGE_LAT, LIEGE_LON, 2);
        var request = testing.request(person, "Piano");

        var refused = person.visitor().post("/mentoring/requests/" + request + "/ask", "mentor", String.valueOf(person.id()));

        assertThat(refused).hasStatus(422);
        assertThat(refused.getResponse().getContentAsString()).contains("votre propre parrain");
        assertThat(db.sql("select count(*) from mentoring.mentorship where request_id = ?").param(request).query(Long.class).single()).isZero();
        assertThat(person.visitor().get("/mentoring/requests/" + request).getResponse().getContentAsString()).doesNotContain("Moi-Même</h3>");
    }

    @Test
    void aRequestWithoutAnswerInAWeekComesBackWithTheNextSuggestions() throws Exception {
        var silent = testing.member("Silencieux");
        var next = testing.member("Suivante");
        testing.mentor(silent, new Long[] {testing.skill("Piano")}, new String[] {"fr"}, LIEGE_LAT, LIEGE_LON, 2);
        testing.mentor(next, new Long[] {testing.skill("Piano")}, new String[] {"fr"}, LIEGE_LAT, LIEGE_LON, 2);
        var mentee = testing.member("En Attente");
        var request = testing.request(mentee, "Piano");
        var mentorship = testing.asked(mentee, request, silent);
        db.sql("update mentoring.mentorship set answer_due = now() - interval '1 minute' where id = ?").param(mentorship).update();

        mentorships.passBackUnanswered(Instant.now());

        assertThat(testing.status(mentorship)).isEqualTo("EXPIRED");
        assertThat(new Outbox(db).latestTo(mentee.email()).orElseThrow().subject()).contains("Silencieux");
        var page = mentee.visitor().get("/mentoring/requests/" + request).getResponse().getContentAsString();
        assertThat(page).contains("Suivante").doesNotContain("Silencieux</h3>");
    }

    @Test
    void aBadOfferIsRefusedWithMessagesAndStoresNothing() throws Exception {
        var person = testing.member("Offre Incomplète");

        var refused = person.visitor().post("/mentoring/offer", "skills", "Astrophysique quantique des moules", "capacity", "40", "town", "");

        assertThat(refused).hasStatus(422);
        assertThat(refused.getResponse().getContentAsString()).contains("pas dans la liste de l'annuaire", "de 1 à 10",
                "Choisissez au moins une langue", "Indiquez une ville, ou cochez");
        assertThat(db.sql("select count(*) from mentoring.mentor where member_id = ?").param(person.id()).query(Long.class).single()).isZero();
    }

    @Test
    void requestsAndMentorshipsShowOnlyToTheirPeopleAndAdvisorsSeeFiguresOnly() throws Exception {
        var mentor = testing.member("Parrain Discret");
        testing.mentor(mentor, new Long[] {testing.skill("Piano")}, new String[] {"fr"}, LIEGE_LAT, LIEGE_LON, 2);
        var mentee = testing.member("Filleul Discret");
        var request = testing.request(mentee, "Piano");
        var mentorship = testing.asked(mentee, request, mentor);
        mentor.visitor().post("/mentoring/mentorships/" + mentorship + "/accept");
        assertThat(mentee.visitor().post("/mentoring/mentorships/" + mentorship + "/log", "heldOn", java.time.LocalDate.now().toString(),
                "note", "Note très privée")).hasStatus3xxRedirection();
        var advisor = testing.member("Conseiller Curieux", "ADVISOR");
        var other = testing.member("Autre Membre");

        assertThat(mentor.visitor().get("/mentoring/mentorships/" + mentorship).getResponse().getContentAsString()).contains("Note très privée");
        for (var outsider : List.of(advisor, other)) {
            assertThat(outsider.visitor().get("/mentoring/requests/" + request)).hasStatus(404);
            assertThat(outsider.visitor().get("/mentoring/mentorships/" + mentorship)).hasStatus(404);
            assertThat(outsider.visitor().post("/mentoring/mentorships/" + mentorship + "/end")).hasStatus(404);
            assertThat(outsider.visitor().post("/mentoring/requests/" + request + "/ask", "mentor", String.valueOf(mentor.id()))).hasStatus(404);
        }
        assertThat(other.visitor().get("/mentoring/figures")).hasStatus(403);
        var figures = advisor.visitor().get("/mentoring/figures");
        assertThat(figures).hasStatusOk();
        assertThat(figures.getResponse().getContentAsString()).doesNotContain("Parrain Discret", "Filleul Discret", "Note très privée");
    }

    @Test
    void anEndedMentorshipFreesThePlaceAndEachSideGivesFeedbackOnce() throws Exception {
        var mentor = testing.member("Fin Parrain");
        testing.mentor(mentor, new Long[] {testing.skill("Piano")}, new String[] {"fr"}, LIEGE_LAT, LIEGE_LON, 1);
        var mentee = testing.member("Fin Filleule");
        var mentorship = testing.asked(mentee, testing.request(mentee, "Piano"), mentor);
        mentor.visitor().post("/mentoring/mentorships/" + mentorship + "/accept");

        assertThat(mentee.visitor().post("/mentoring/mentorships/" + mentorship + "/end")).hasStatus3xxRedirection();
        assertThat(testing.activeCount(mentor)).isZero();
        assertThat(mentee.visitor().post("/mentoring/mentorships/" + mentorship + "/feedback", "feedback", "Merci pour tout !"))
                .hasStatus3xxRedirection();
        assertThat(mentee.visitor().post("/mentoring/mentorships/" + mentorship + "/feedback", "feedback", "Encore")).hasStatus(422);
        assertThat(mentor.visitor().get("/mentoring/mentorships/" + mentorship).getResponse().getContentAsString()).contains("Merci pour tout !");
    }

    @Test
    void erasingAMenteeEndsTheirMentorshipAndFreesTheMentorsPlace() throws Exception {
        var mentor = testing.member("Parrain Restant");
        testing.mentor(mentor, new Long[] {testing.skill("Piano")}, new String[] {"fr"}, LIEGE_LAT, LIEGE_LON, 1);
        var mentee = testing.member("Filleule Effacée");
        var mentorship = testing.asked(mentee, testing.request(mentee, "Piano"), mentor);
        mentor.visitor().post("/mentoring/mentorships/" + mentorship + "/accept");

        @SuppressWarnings("unchecked")
        var export = (Map<String, List<Map<String, Object>>>) personalData.export(mentee.id());
        assertThat(export.get("requests")).hasSize(1);
        personalData.erase(mentee.id());

        assertThat(testing.status(mentorship)).isEqualTo("ENDED");
        assertThat(testing.activeCount(mentor)).isZero();
        assertThat(db.sql("select count(*) from mentoring.mentoring_request where mentee_id = ?").param(mentee.id()).query(Long.class).single()).isZero();
        assertThat(mentor.visitor().get("/mentoring/mentorships/" + mentorship).getResponse().getContentAsString()).contains("Ancien membre");
    }
}
