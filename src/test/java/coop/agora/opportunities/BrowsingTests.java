package coop.agora.opportunities;

import static coop.agora.opportunities.BoardFixtures.inDays;
import static coop.agora.opportunities.BoardFixtures.publish;
import static coop.agora.opportunities.BoardFixtures.signedIn;
import static coop.agora.opportunities.BoardFixtures.title;
import static org.assertj.core.api.Assertions.assertThat;

import coop.agora.AgoraIntegrationTest;
import coop.agora.Visitor;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** Searching the board with its facets, paging, and the Atom feed. */
@AgoraIntegrationTest
class BrowsingTests {

    @Autowired
    MockMvcTester mvc;

    @Test
    void facetsNarrowByKindSkillLanguageAndDeadline() throws Exception {
        var author = signedIn(mvc, "member@agora.example");
        var word = "zorglub" + System.nanoTime() % 100_000;
        var mission = publish(author, title("Mission " + word), "skills", "Photographie", "deadline", inDays(5));
        var premises = publish(author, title("Atelier " + word), "kind", "PREMISES", "skills", "Céramique", "languages", "nl", "deadline", inDays(60));

        assertThat(ids(author, "q=" + word)).containsExactly(mission, premises);
        assertThat(ids(author, "q=" + word + "&kind=PREMISES")).containsExactly(premises);
        assertThat(ids(author, "q=" + word + "&language=nl")).containsExactly(premises);
        assertThat(ids(author, "q=" + word + "&within=7")).containsExactly(mission);
        var page = author.get("/opportunities?q=" + word).getResponse().getContentAsString();
        assertThat(page).contains("Photographie (1)", "Céramique (1)", "Néerlandais (1)");
        var skill = Pattern.compile("<option value=\"(\\d+)\"[^>]*>Céramique").matcher(page);
        assertThat(skill.find()).isTrue();
        assertThat(ids(author, "q=" + word + "&skill=" + skill.group(1))).containsExactly(premises);
    }

    @Test
    void aTownAndRadiusKeepOpportunitiesNearbyAndThoseOfItsRegion() throws Exception {
        var author = signedIn(mvc, "member@agora.example");
        var word = "plouf" + System.nanoTime() % 100_000;
        var roubaix = publish(author, title("Roubaix " + word), "place", "town", "town", "59100 Roubaix");
        var brest = publish(author, title("Brest " + word), "place", "town", "town", "29200 Brest");
        var hautsDeFrance = publish(author, title("Région " + word), "place", "region", "region", "FR_HDF");
        publish(author, title("Distance " + word));

        assertThat(ids(author, "q=" + word + "&town=59000 Lille&radius=25")).containsExactly(roubaix, hautsDeFrance);
        assertThat(ids(author, "q=" + word + "&town=29200 Brest&radius=10")).containsExactly(brest);
        assertThat(author.get("/opportunities?q=" + word + "&town=Atlantide").getResponse().getContentAsString())
                .contains("Nous ne connaissons pas cette commune.");
    }

    @Test
    void pagesFollowEachOtherByDeadlineWithoutGapOrRepeat() throws Exception {
        var author = signedIn(mvc, "member@agora.example");
        var word = "pagina" + System.nanoTime() % 100_000;
        var published = new java.util.ArrayList<Long>();
        for (int day = 1; day <= BoardSearch.PAGE_SIZE + 3; day++) {
            published.add(publish(author, title("Page " + word), "deadline", inDays(day)));
        }
        var first = author.get("/opportunities?q=" + word).getResponse().getContentAsString();
        var next = Pattern.compile("href=\"(/opportunities\\?[^\"]*after=[^\"]+)\"").matcher(first);
        assertThat(next.find()).isTrue();
        var second = author.get(next.group(1).replace("&amp;", "&")).getResponse().getContentAsString();

        var seen = new java.util.ArrayList<>(idsIn(first));
        seen.addAll(idsIn(second));
        assertThat(seen).containsExactlyElementsOf(published);
    }

    @Test
    void visitorsSeeOnlyPublicOpportunitiesAndTheFeedListsThemEscaped() throws Exception {
        var author = signedIn(mvc, "member@agora.example");
        var word = "flux" + System.nanoTime() % 100_000;
        var shown = title("Public & \"ouvert\" " + word);
        var members = title("Interne " + word);
        var open = publish(author, shown, "audience", "PUBLIC", "description", "Texte avec *accent* & <https://example.org>");
        var internal = publish(author, members);
        var visitor = new Visitor(mvc);

        assertThat(ids(visitor, "q=" + word)).containsExactly(open);
        assertThat(visitor.get("/opportunities/" + internal).getResponse().getRedirectedUrl()).endsWith("/login");

        var response = visitor.get("/opportunities/feed.atom").getResponse();
        assertThat(response.getContentType()).startsWith("application/atom+xml");
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        var feed = factory.newDocumentBuilder().parse(new ByteArrayInputStream(response.getContentAsByteArray()));
        assertThat(feed.getDocumentElement().getNamespaceURI()).isEqualTo("http://www.w3.org/2005/Atom");
        var titles = feed.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "title");
        var found = new java.util.ArrayList<String>();
        for (int i = 0; i < titles.getLength(); i++) {
            found.add(titles.item(i).getTextContent());
        }
        assertThat(found).contains(shown).doesNotContain(members);
        assertThat(response.getContentAsString(StandardCharsets.UTF_8)).contains("&amp;");
    }

    @Test
    void anAddressWithNonsenseInItsParametersStillShowsTheBoard() throws Exception {
        var visitor = new Visitor(mvc);

        assertThat(visitor.get("/opportunities?after=2026-13-45_1&skill=abc&radius=-3&within=x&kind=NOPE&language=zz").getResponse().getStatus())
                .isEqualTo(200);
    }

    private static java.util.List<Long> ids(Visitor visitor, String query) throws Exception {
        return idsIn(visitor.get("/opportunities?" + query).getResponse().getContentAsString());
    }

    private static java.util.List<Long> idsIn(String page) {
        var ids = new java.util.ArrayList<Long>();
        var matcher = Pattern.compile("<h3><a href=\"/opportunities/(\\d+)\">").matcher(page);
        while (matcher.find()) {
            ids.add(Long.parseLong(matcher.group(1)));
        }
        return ids;
    }
}
