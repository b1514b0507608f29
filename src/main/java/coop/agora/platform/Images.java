package coop.agora.platform;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import net.coobird.thumbnailator.Thumbnails;
import org.springframework.stereotype.Component;

/**
 * Makes an uploaded picture safe to keep and show: the content must really be a JPEG, PNG or WebP
 * image whatever its name says; it is turned upright, shrunk to fit, and written anew, which drops
 * every piece of metadata (camera, GPS position, comments) and any payload hidden in the file.
 */
@Component
public class Images {

    /** The largest picture accepted. */
    public static final int MAX_UPLOAD_BYTES = 5 * 1024 * 1024;
    /** Pictures larger than this many pixels are refused before decoding, against decompression bombs. */
    static final long MAX_PIXELS = 50_000_000L;

    /** A picture ready to store: its new bytes and type. */
    public record Normalized(byte[] bytes, String contentType, int width, int height) {}

    /** Why a picture was refused, as a text key for the person who sent it. */
    public static final class Refused extends Exception {

        private final String reasonKey;

        Refused(String reasonKey) {
            super(reasonKey);
            this.reasonKey = reasonKey;
        }

        public String reasonKey() {
            return reasonKey;
        }
    }

    private enum Format {
        JPEG,
        PNG,
        WEBP
    }

    Images() {
        // Registers the WebP reader even when the application runs from its packaged jar.
        ImageIO.scanForPlugins();
    }

    /**
     * Checks and rewrites a picture so that it fits in a square of {@code maxSide} pixels; pictures
     * with transparency stay PNG, all others become JPEG.
     */
    public Normalized normalize(byte[] upload, int maxSide) throws Refused {
        if (upload.length == 0) {
            throw new Refused("image.error.empty");
        }
        if (upload.length > MAX_UPLOAD_BYTES) {
            throw new Refused("image.error.tooLarge");
        }
        var largestSide = largestSide(upload, sniff(upload));
        try {
            var picture = Thumbnails.of(new ByteArrayInputStream(upload)).useExifOrientation(true);
            var image = largestSide > maxSide
                    ? picture.size(maxSide, maxSide).keepAspectRatio(true).asBufferedImage()
                    : picture.scale(1.0).asBufferedImage();
            return image.getColorModel().hasAlpha() ? png(image) : jpeg(flatten(image));
        } catch (IOException | RuntimeException e) {
            throw new Refused("image.error.unreadable");
        }
    }

    private static Format sniff(byte[] bytes) throws Refused {
        if (startsWith(bytes, 0, 0xFF, 0xD8, 0xFF)) {
            return Format.JPEG;
        }
        if (startsWith(bytes, 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return Format.PNG;
        }
        if (startsWith(bytes, 0, 'R', 'I', 'F', 'F') && startsWith(bytes, 8, 'W', 'E', 'B', 'P')) {
            return Format.WEBP;
        }
        throw new Refused("image.error.notAnImage");
    }

    private static boolean startsWith(byte[] bytes, int offset, int... expected) {
        if (bytes.length < offset + expected.length) {
            return false;
        }
        for (int i = 0; i < expected.length; i++) {
            if ((bytes[offset + i] & 0xFF) != expected[i]) {
                return false;
            }
        }
        return true;
    }

    /** Reads only the header, so that a huge picture is refused before it fills the memory. */
    private static int largestSide(byte[] bytes, Format format) throws Refused {
        try (var input = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            var readers = ImageIO.getImageReadersByFormatName(format.name().toLowerCase(java.util.Locale.ROOT));
            if (!readers.hasNext()) {
                throw new Refused("image.error.notAnImage");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(input, true, true);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                if ((long) width * height > MAX_PIXELS) {
                    throw new Refused("image.error.tooManyPixels");
                }
                return Math.max(width, height);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            throw new Refused("image.error.unreadable");
        }
    }

    private static BufferedImage flatten(BufferedImage image) {
        var rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        var graphics = rgb.createGraphics();
        graphics.drawImage(image, 0, 0, Color.WHITE, null);
        graphics.dispose();
        return rgb;
    }

    private static Normalized png(BufferedImage image) throws IOException {
        var output = new ByteArrayOutputStream();
        ImageIO.write(image, "png", output);
        return new Normalized(output.toByteArray(), "image/png", image.getWidth(), image.getHeight());
    }

    private static Normalized jpeg(BufferedImage image) throws IOException {
        var output = new ByteArrayOutputStream();
        Thumbnails.of(image).scale(1.0).outputFormat("jpg").outputQuality(0.85).toOutputStream(output);
        return new Normalized(output.toByteArray(), "image/jpeg", image.getWidth(), image.getHeight());
    }
}
