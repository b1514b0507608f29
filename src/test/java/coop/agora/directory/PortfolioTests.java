package coop.agora.directory;

import coop.agora.NewMembers;
import static org.assertj.core.api.Assertions.assertThat;

import coop.agora.AgoraIntegrationTest;
import coop.agora.Visitor;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@AgoraIntegrationTest
class PortfolioTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient db;

    private NewMembers.Member listedMember(String name) {
        var member = new TestMembers(mvc, db).signedIn(name, "fr");
        member.visitor().post("/directory/profile", TestMembers.profile(name, "PUBLIC", "Namur"));
        return member;
    }

    private long worksOf(long memberId) {
        return db.sql("select count(*) from directory.portfolio_item where member_id = ?").param(memberId).query(Long.class).single();
    }

    private long firstWorkOf(long memberId) {
        return db.sql("select id from directory.portfolio_item where member_id = ? order by position limit 1").param(memberId).query(Long.class).single();
    }

    private static byte[] png() {
        try {
            var output = new ByteArrayOutputStream();
            ImageIO.write(new BufferedImage(300, 200, BufferedImage.TYPE_INT_RGB), "png", output);
            return output.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void aWorkWithAPictureAndALinkShowsOnTheProfile() {
        var member = listedMember("Rosa Céramique");

        var added = member.visitor().upload("/directory/profile/portfolio", "picture", "bol.png", "image/png", png(),
                "title", "Bols en grès émaillé", "description", "Série de vingt bols tournés à la main.", "link", "https://example.org/bols");

        assertThat(added).hasStatus3xxRedirection();
        var page = new Visitor(mvc).get("/directory/members/" + member.id());
        assertThat(page).hasStatus3xxRedirection();
        var profile = new Visitor(mvc).get(page.getResponse().getRedirectedUrl());
        assertThat(profile).bodyText().contains("Bols en grès émaillé", "Série de vingt bols tournés à la main.");
        assertThat(new Visitor(mvc).get("/directory/members/" + member.id() + "/portfolio/" + firstWorkOf(member.id()) + "/picture"))
                .hasStatusOk()
                .hasContentType("image/jpeg");
    }

    @Test
    void searchFindsAMemberByAWordOfTheirPortfolio() {
        var marker = "porto" + UUID.randomUUID().toString().substring(0, 6);
        var member = listedMember("Hugo Vitrail");

        member.visitor().post("/directory/profile/portfolio", "title", "Vitraux de la chapelle " + marker, "description", "Restauration complète.");

        assertThat(new Visitor(mvc).get("/directory?q=" + marker)).bodyText().contains("Hugo Vitrail");
    }

    @Test
    void aWorkWithoutTitleOrWithADangerousLinkIsRefusedAndNothingIsAdded() {
        var member = listedMember("Nina Lien");

        var noTitle = member.visitor().post("/directory/profile/portfolio", "title", " ", "link", "https://example.org");
        var scriptLink = member.visitor().post("/directory/profile/portfolio", "title", "Piège", "link", "javascript:alert(1)");

        assertThat(noTitle).hasStatus(422).bodyText().contains("Donnez un titre à la réalisation.");
        assertThat(scriptLink).hasStatus(422).bodyText().contains("Piège");
        assertThat(worksOf(member.id())).isZero();
    }

    @Test
    void aDisguisedPictureIsRefusedAndTheWorkIsNotAdded() {
        var member = listedMember("Paul Déguisé");

        var refused = member.visitor().upload("/directory/profile/portfolio", "picture", "oeuvre.jpg", "image/jpeg",
                "<svg onload=alert(1)>".getBytes(StandardCharsets.UTF_8), "title", "Œuvre");

        assertThat(refused).hasStatus(422);
        assertThat(worksOf(member.id())).isZero();
    }

    @Test
    void aPortfolioHoldsTwelveWorksAtMost() {
        var member = listedMember("Léa Prolifique");
        for (var work = 1; work <= MemberPortfolios.MAX_ITEMS; work++) {
            member.visitor().post("/directory/profile/portfolio", "title", "Œuvre " + work);
        }

        var oneTooMany = member.visitor().post("/directory/profile/portfolio", "title", "Œuvre de trop");

        assertThat(oneTooMany).hasStatus(422).bodyText().contains("Votre portfolio contient 12 réalisations");
        assertThat(worksOf(member.id())).isEqualTo(MemberPortfolios.MAX_ITEMS);
    }

    @Test
    void aMemberCannotRemoveOrMoveAnotherMembersWork() {
        var owner = listedMember("Owner Works");
        owner.visitor().post("/directory/profile/portfolio", "title", "Mine");
        var work = firstWorkOf(owner.id());
        var other = new TestMembers(mvc, db).signedIn("Someone Else", "fr");

        assertThat(other.visitor().post("/directory/profile/portfolio/" + work + "/delete")).hasStatus(404);
        assertThat(other.visitor().post("/directory/profile/portfolio/" + work + "/earlier")).hasStatus(404);
        assertThat(worksOf(owner.id())).isEqualTo(1);
    }

    @Test
    void movingAWorkUpPutsItFirst() {
        var member = listedMember("Ordre Choisi");
        member.visitor().post("/directory/profile/portfolio", "title", "Première");
        member.visitor().post("/directory/profile/portfolio", "title", "Seconde");
        var second = db.sql("select id from directory.portfolio_item where member_id = ? and title = 'Seconde'").param(member.id()).query(Long.class).single();

        member.visitor().post("/directory/profile/portfolio/" + second + "/earlier");

        assertThat(firstWorkOf(member.id())).isEqualTo(second);
    }

    @Test
    void thePictureOfAWorkOnAHiddenProfileIsNotServedToOthers() {
        var member = new TestMembers(mvc, db).signedIn("Caché Portfolio", "fr");
        member.visitor().upload("/directory/profile/portfolio", "picture", "x.png", "image/png", png(), "title", "Secret");
        var work = firstWorkOf(member.id());

        assertThat(member.visitor().get("/directory/members/" + member.id() + "/portfolio/" + work + "/picture")).hasStatusOk();
        assertThat(new TestMembers(mvc, db).signedIn("Curieux", "fr").visitor()
                .get("/directory/members/" + member.id() + "/portfolio/" + work + "/picture")).hasStatus(404);
    }

    @Test
    void erasingTheAccountDeletesTheWorksAndTheirPictures() {
        var member = listedMember("Parti Portfolio");
        member.visitor().upload("/directory/profile/portfolio", "picture", "x.png", "image/png", png(), "title", "Souvenir");

        member.visitor().post("/account/erase", "currentPassword", TestMembers.PASSWORD, "confirmation", "on");

        assertThat(worksOf(member.id())).isZero();
        assertThat(db.sql("select count(*) from platform.stored_file where module = 'directory' and owner_id = ?")
                .param(member.id()).query(Long.class).single()).isZero();
    }
}
