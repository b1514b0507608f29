package coop.agora.directory;

import static org.assertj.core.api.Assertions.assertThat;

import coop.agora.AgoraIntegrationTest;
import coop.agora.Visitor;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@AgoraIntegrationTest
class PhotoTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient db;

    private static byte[] png(int width, int height) {
        try {
            var output = new ByteArrayOutputStream();
            ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), "png", output);
            return output.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Long photoIdOf(long memberId) {
        return db.sql("select photo_id from directory.profile where member_id = ?").param(memberId).query(Long.class).optional().orElse(null);
    }

    @Test
    void aMemberAddsAPhotoThatIsResizedAndShownOnTheirPublicProfile() {
        var member = new TestMembers(mvc, db).signedIn("Paula Photo", "fr");
        member.visitor().post("/directory/profile", TestMembers.profile("Paula Photo", "PUBLIC", "Namur"));

        var sent = member.visitor().upload("/directory/profile/photo", "photo", "me.png", "image/png", png(2000, 1000));

        assertThat(sent).hasStatus3xxRedirection();
        var photo = new Visitor(mvc).get("/directory/members/" + member.id() + "/photo");
        assertThat(photo).hasStatusOk().hasContentType("image/jpeg");
        assertThat(new Visitor(mvc).get("/directory/members/" + member.id() + "-paula-photo")).bodyText().contains("Photo de Paula Photo");
    }

    @Test
    void aFileThatIsNotAPictureIsRefusedWhateverItsNameSays() {
        var member = new TestMembers(mvc, db).signedIn("Disguised File", "en");

        var refused = member.visitor().upload("/directory/profile/photo", "photo", "holiday.jpg", "image/jpeg",
                "<script>alert(1)</script>".getBytes(java.nio.charset.StandardCharsets.UTF_8));

        assertThat(refused).hasStatus(422).bodyText().contains("This file is not a JPEG, PNG or WebP picture.");
        assertThat(photoIdOf(member.id())).isNull();
    }

    @Test
    void thePhotoOfAHiddenProfileIsNotServedToOthers() {
        var member = new TestMembers(mvc, db).signedIn("Hidden Photo", "nl");
        member.visitor().upload("/directory/profile/photo", "photo", "me.png", "image/png", png(100, 100));

        assertThat(member.visitor().get("/directory/members/" + member.id() + "/photo")).hasStatusOk();
        assertThat(new TestMembers(mvc, db).signedIn("Other", "nl").visitor().get("/directory/members/" + member.id() + "/photo"))
                .hasStatus(404);
    }

    @Test
    void erasingTheAccountDeletesThePhoto() {
        var member = new TestMembers(mvc, db).signedIn("Erased Photo", "fr");
        member.visitor().upload("/directory/profile/photo", "photo", "me.png", "image/png", png(100, 100));

        member.visitor().post("/account/erase", "currentPassword", TestMembers.PASSWORD, "confirmation", "on");

        assertThat(db.sql("select count(*) from platform.stored_file where module = 'directory' and owner_id = ?")
                .param(member.id()).query(Long.class).single()).isZero();
    }
}
