package coop.agora.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class ImagesTests {

    private final Images images = new Images();

    private static byte[] picture(String format, int width, int height, int type) throws IOException {
        var image = new BufferedImage(width, height, type);
        var graphics = image.createGraphics();
        graphics.setColor(Color.ORANGE);
        graphics.fillRect(0, 0, width / 2, height / 2);
        graphics.dispose();
        var output = new ByteArrayOutputStream();
        ImageIO.write(image, format, output);
        return output.toByteArray();
    }

    /** A JPEG carrying a comment segment, as cameras and phones add metadata after the start marker. */
    private static byte[] jpegWithHiddenText(String text) throws IOException {
        var jpeg = picture("jpg", 64, 48, BufferedImage.TYPE_INT_RGB);
        var comment = text.getBytes(StandardCharsets.US_ASCII);
        var output = new ByteArrayOutputStream();
        output.write(jpeg, 0, 2);
        output.write(new byte[] {(byte) 0xFF, (byte) 0xFE, 0, (byte) (comment.length + 2)});
        output.write(comment);
        output.write(jpeg, 2, jpeg.length - 2);
        return output.toByteArray();
    }

    @Test
    void aJpegIsWrittenAnewWithoutItsMetadata() throws Exception {
        var upload = jpegWithHiddenText("GPS 50.8466 4.3528 secret");
        assertThat(new String(upload, StandardCharsets.ISO_8859_1)).contains("secret");

        var normalized = images.normalize(upload, 800);

        assertThat(normalized.contentType()).isEqualTo("image/jpeg");
        assertThat(new String(normalized.bytes(), StandardCharsets.ISO_8859_1)).doesNotContain("secret");
        assertThat(ImageIO.read(new ByteArrayInputStream(normalized.bytes())).getWidth()).isEqualTo(64);
    }

    @Test
    void aLargePictureIsShrunkToFitKeepingItsProportions() throws Exception {
        var normalized = images.normalize(picture("png", 2000, 1000, BufferedImage.TYPE_INT_RGB), 400);

        assertThat(normalized.width()).isEqualTo(400);
        assertThat(normalized.height()).isEqualTo(200);
        assertThat(normalized.contentType()).isEqualTo("image/jpeg");
    }

    @Test
    void aPictureWithTransparencyStaysPng() throws Exception {
        var normalized = images.normalize(picture("png", 30, 30, BufferedImage.TYPE_INT_ARGB), 400);

        assertThat(normalized.contentType()).isEqualTo("image/png");
    }

    @Test
    void readsWebP() throws Exception {
        var webp = Base64.getDecoder().decode("UklGRhoAAABXRUJQVlA4TA0AAAAvAAAAEAcQERGIiP4HAA==");

        var normalized = images.normalize(webp, 400);

        assertThat(normalized.width()).isEqualTo(1);
    }

    @Test
    void refusesAFileThatOnlyPretendsToBeAPicture() {
        var script = "<svg onload=alert(1)>".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> images.normalize(script, 400))
                .isInstanceOfSatisfying(Images.Refused.class, refused -> assertThat(refused.reasonKey()).isEqualTo("image.error.notAnImage"));
    }

    @Test
    void refusesACorruptPictureWithTheRightHeader() {
        var broken = new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3};

        assertThatThrownBy(() -> images.normalize(broken, 400))
                .isInstanceOfSatisfying(Images.Refused.class, refused -> assertThat(refused.reasonKey()).isEqualTo("image.error.unreadable"));
    }

    @Test
    void refusesPicturesOverFiveMegabytes() {
        var huge = new byte[Images.MAX_UPLOAD_BYTES + 1];
        huge[0] = (byte) 0xFF;
        huge[1] = (byte) 0xD8;
        huge[2] = (byte) 0xFF;

        assertThatThrownBy(() -> images.normalize(huge, 400))
                .isInstanceOfSatisfying(Images.Refused.class, refused -> assertThat(refused.reasonKey()).isEqualTo("image.error.tooLarge"));
    }

    @Test
    void refusesASmallFileThatDecodesToAHugePicture() throws Exception {
        var png = picture("png", 1, 1, BufferedImage.TYPE_INT_RGB);
        // IHDR width and height start at byte 16: claim 20,000 × 20,000 pixels.
        png[16] = 0;
        png[17] = 0;
        png[18] = 0x4E;
        png[19] = 0x20;
        png[20] = 0;
        png[21] = 0;
        png[22] = 0x4E;
        png[23] = 0x20;

        assertThatThrownBy(() -> images.normalize(png, 400)).isInstanceOf(Images.Refused.class);
    }
}
