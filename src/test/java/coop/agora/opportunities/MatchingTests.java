package coop.agora.opportunities;

import static coop.agora.opportunities.BoardFixtures.publish;
import static coop.agora.opportunities.BoardFixtures.signedIn;
import static coop.agora.opportunities.BoardFixtures.title;
import static org.assertj.core.api.Assertions.assertThat;

import coop.agora.AgoraIntegrationTest;
import coop.agora.accounts.Members;
import coop.agora.directory.Matchmaking;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * Who is told of a new opportunity, what "for you" shows and why. Thomas Leroy (Lille, web
 * development, open to missions) fits; Marie Nguyen has design skills but a hidden profile.
 */
@AgoraIntegrationTest
class MatchingTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient db;

    @Autowired
    Members members;

    @Autowired
    Matchmaking matchmaking;

    @Autowired
    MatchedOpportunities matched;

    @Test
    void aMemberWhoseProfileFitsIsToldAndCountedAndSeesWhyOnForYou() throws Exception {
        var thomas = members.idOf("thomas.leroy@agora.example").orElseThrow();
        var title = title("Audit d'accessibilité à Roubaix");
        var id = publish(signedIn(mvc, "member@agora.example"), title, "place", "town", "town", "59100 Roubaix",
                "skills", "Développement web", "skills", "Accessibilité numérique");

        var told = matched.of(id).orElseThrow();
        assertThat(told.memberIds()).contains(thomas);
        assertThat(reached(id)).isEqualTo(told.memberIds().size());

        var forYou = signedIn(mvc, "thomas.leroy@agora.example").get("/opportunities/for-you").getResponse().getContentAsString();
        assertThat(forYou).contains(title);
        assertThat(forYou).containsPattern("Correspond à 2 de vos compétences, à \\d+ km");
    }

    @Test
    void aMemberOutsideTheRadiusOrWithoutTheSkillsIsNeitherToldNorShownIt() throws Exception {
        var elodie = members.idOf("elodie.moreau@agora.example").orElseThrow();
        var ines = members.idOf("ines.dubois@agora.example").orElseThrow();
        var title = title("Site pour un théâtre lillois");
        var id = publish(signedIn(mvc, "member@agora.example"), title, "place", "town", "town", "59000 Lille", "skills", "Développement web",
                "skills", "Illustration");

        var told = matched.of(id).orElseThrow();
        assertThat(told.memberIds()).doesNotContain(elodie, ines);
        assertThat(signedIn(mvc, "elodie.moreau@agora.example").get("/opportunities/for-you").getResponse().getContentAsString())
                .doesNotContain(title);
    }

    @Test
    void aHiddenProfileIsNeverMatchedNorCounted() throws Exception {
        var marie = members.idOf("marie.nguyen@agora.example").orElseThrow();
        var title = title("Recherche utilisateur à distance");
        var id = publish(signedIn(mvc, "member@agora.example"), title, "skills", "Design UX", "skills", "Analyse de données", "languages", "en");

        assertThat(matched.toldOf(id))
                .doesNotContain(marie);
        var ranked = matchmaking.rank(new Matchmaking.Wanted(Set.copyOf(skills(id)), Matchmaking.Area.anywhere(), List.of()), 10_000);
        assertThat(ranked).noneMatch(match -> match.memberId() == marie);
        assertThat(reached(id)).isEqualTo(ranked.stream().filter(match -> match.openToMissions()).count());
        assertThat(signedIn(mvc, "marie.nguyen@agora.example").get("/opportunities/for-you").getResponse().getContentAsString())
                .doesNotContain(title)
                .contains("yours is not listed");
    }

    @Test
    void aMemberWhoTurnedNotificationsOffStillSeesTheOpportunityOnForYouButIsNotTold() throws Exception {
        var ines = members.idOf("ines.dubois@agora.example").orElseThrow();
        var pianist = signedIn(mvc, "ines.dubois@agora.example");
        pianist.post("/opportunities/for-you/settings");
        var title = title("Pianiste pour un bal à Liège");
        var id = publish(signedIn(mvc, "member@agora.example"), title, "place", "town", "town", "4000 Liège", "skills", "Piano");

        assertThat(matched.toldOf(id))
                .doesNotContain(ines);
        assertThat(pianist.get("/opportunities/for-you").getResponse().getContentAsString()).contains(title);
        pianist.post("/opportunities/for-you/settings", "notify", "on");
    }

    @Test
    void theAuthorIsNeverToldOfTheirOwnOpportunityAndSeesOnlyHowManyWereReached() throws Exception {
        var thomas = members.idOf("thomas.leroy@agora.example").orElseThrow();
        var author = signedIn(mvc, "thomas.leroy@agora.example");
        var title = title("Renfort WordPress");
        var id = publish(author, title, "skills", "WordPress");

        assertThat(matched.toldOf(id))
                .doesNotContain(thomas);
        var page = author.get("/opportunities/" + id).getResponse().getContentAsString();
        assertThat(page).contains("Membres prévenus parce que leur profil correspond : " + reached(id));
        assertThat(signedIn(mvc, "member@agora.example").get("/opportunities/" + id).getResponse().getContentAsString())
                .doesNotContain("Membres prévenus");
    }

    @Test
    void changingTheSkillsOrThePlaceTellsTheMembersWhoNowFitOnceAndNobodyTwice() throws Exception {
        var thomas = members.idOf("thomas.leroy@agora.example").orElseThrow();
        var ines = members.idOf("ines.dubois@agora.example").orElseThrow();
        var author = signedIn(mvc, "member@agora.example");
        var title = title("Site et musique pour un bal");
        var id = publish(author, title, "place", "town", "town", "59100 Roubaix", "skills", "Développement web");
        assertThat(matched.toldOf(id)).contains(thomas).doesNotContain(ines);
        var reachedAtPublication = reached(id);

        var remote = BoardFixtures.fields(title, "skills", "Développement web", "skills", "Piano");
        assertThat(author.post("/opportunities/" + id + "/edit", remote).getResponse().getStatus()).isEqualTo(302);

        var told = matched.allOf(id);
        assertThat(told).hasSize(2);
        assertThat(told.get(1).memberIds()).contains(ines).doesNotContain(thomas).doesNotHaveDuplicates();
        assertThat(reached(id)).isEqualTo(reachedAtPublication + told.get(1).memberIds().size());

        var reworded = BoardFixtures.fields(title, "skills", "Piano", "skills", "Développement web", "description", "Un bal **folk** à Liège.");
        author.post("/opportunities/" + id + "/edit", reworded);
        author.post("/opportunities/" + id + "/edit", BoardFixtures.fields(title, "place", "town", "town", "59100 Roubaix", "skills",
                "Développement web", "skills", "Piano"));

        assertThat(matched.allOf(id)).as("nobody new fits: the first change told everyone").hasSize(2);
        assertThat(reached(id)).isEqualTo(reachedAtPublication + told.get(1).memberIds().size());
    }

    @Test
    void anOpportunityThatReachedMembersBeforeTheirNamesWereKeptIsNotMatchedAgain() throws Exception {
        var author = signedIn(mvc, "member@agora.example");
        var title = title("Affiche pour un festival");
        var id = publish(author, title, "place", "town", "town", "59100 Roubaix", "skills", "Développement web");
        assertThat(matched.toldOf(id)).isNotEmpty();
        db.sql("delete from opportunities.told where opportunity_id = ?").param(id).update();
        var reachedBefore = reached(id);

        author.post("/opportunities/" + id + "/edit", BoardFixtures.fields(title, "skills", "Développement web", "skills", "Piano"));

        assertThat(matched.allOf(id)).hasSize(1);
        assertThat(reached(id)).isEqualTo(reachedBefore);
    }

    private int reached(long id) {
        return db.sql("select reached from opportunities.opportunity where id = ?").param(id).query(Integer.class).single();
    }

    private List<Long> skills(long id) {
        return db.sql("select skill_id from opportunities.opportunity_skill where opportunity_id = ?").param(id).query(Long.class).list();
    }
}
