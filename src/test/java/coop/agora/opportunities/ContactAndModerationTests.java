package coop.agora.opportunities;

import static coop.agora.opportunities.BoardFixtures.publish;
import static coop.agora.opportunities.BoardFixtures.signedIn;
import static coop.agora.opportunities.BoardFixtures.title;
import static org.assertj.core.api.Assertions.assertThat;

import coop.agora.AgoraIntegrationTest;
import coop.agora.Outbox;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** Writing to an author without learning their address, and reports of abuse. */
@AgoraIntegrationTest
class ContactAndModerationTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient db;

    @Test
    void aMessageReachesTheAuthorByMailWithoutShowingTheirAddress() throws Exception {
        var title = title("Renfort photo");
        var id = publish(signedIn(mvc, "yannick.le.gall@agora.example"), title, "skills", "Photographie");
        var sender = signedIn(mvc, "thomas.leroy@agora.example");

        var page = sender.get("/opportunities/" + id).getResponse().getContentAsString();
        assertThat(page).doesNotContain("yannick.le.gall@agora.example");
        var sent = sender.post("/opportunities/" + id + "/contact", "message", "Bonjour, je suis disponible en juillet.");
        assertThat(sent.getResponse().getStatus()).isEqualTo(302);
        assertThat(sender.get(sent.getResponse().getRedirectedUrl()).getResponse().getContentAsString())
                .doesNotContain("yannick.le.gall@agora.example");

        var mail = new Outbox(db).latestTo("yannick.le.gall@agora.example").orElseThrow();
        assertThat(mail.subject()).contains(title);
        assertThat(mail.body()).contains("Bonjour, je suis disponible en juillet.", "thomas.leroy@agora.example");
    }

    @Test
    void anEmptyOrOversizeMessageIsRefused() throws Exception {
        var id = publish(signedIn(mvc, "yannick.le.gall@agora.example"), title("Cadreur"));
        var sender = signedIn(mvc, "thomas.leroy@agora.example");

        var empty = sender.post("/opportunities/" + id + "/contact", "message", "  ");
        assertThat(empty.getResponse().getStatus()).isEqualTo(422);
        assertThat(empty.getResponse().getContentAsString()).contains("Écrivez votre message.");
        var oversize = sender.post("/opportunities/" + id + "/contact", "message", "x".repeat(3_001));
        assertThat(oversize.getResponse().getStatus()).isEqualTo(422);
    }

    @Test
    void aReportedOpportunityHiddenByAModeratorLeavesTheBoardForEveryoneButItsAuthor() throws Exception {
        var title = title("Offre douteuse");
        var author = signedIn(mvc, "member@agora.example");
        var id = publish(author, title);
        var reporter = signedIn(mvc, "thomas.leroy@agora.example");

        assertThat(reporter.post("/opportunities/" + id + "/report", "reason", "").getResponse().getStatus()).isEqualTo(422);
        assertThat(reporter.post("/opportunities/" + id + "/report", "reason", "Demande de paiement à l'avance.").getResponse().getStatus())
                .isEqualTo(302);
        assertThat(reporter.get("/opportunities/moderation").getResponse().getStatus()).isEqualTo(403);

        var moderator = signedIn(mvc, "moderator@agora.example");
        assertThat(moderator.get("/opportunities/moderation").getResponse().getContentAsString())
                .contains(title, "Demande de paiement à l'avance.");
        moderator.post("/opportunities/moderation/" + id + "/hide");

        assertThat(reporter.get("/opportunities?q=" + title).getResponse().getContentAsString()).doesNotContain("href=\"/opportunities/" + id + "\"");
        assertThat(reporter.get("/opportunities/" + id).getResponse().getStatus()).isEqualTo(404);
        assertThat(author.get("/opportunities/" + id).getResponse().getContentAsString()).contains("Un modérateur a masqué cette opportunité");

        moderator.post("/opportunities/moderation/" + id + "/show");
        assertThat(reporter.get("/opportunities/" + id).getResponse().getStatus()).isEqualTo(200);
    }
}
