package coop.agora.platform;

import static org.assertj.core.api.Assertions.assertThat;

import coop.agora.AgoraIntegrationTest;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@AgoraIntegrationTest
class FileStoreTests {

    @Autowired
    FileStore files;

    @Test
    void keepsAFileAndGivesItBack() {
        var saved = files.save("tests", 42, "devis.pdf", "application/pdf", "%PDF-1.7".getBytes(StandardCharsets.US_ASCII));

        var read = files.read(saved.id()).orElseThrow();

        assertThat(read.file().name()).isEqualTo("devis.pdf");
        assertThat(read.file().size()).isEqualTo(8);
        assertThat(new String(read.bytes(), StandardCharsets.US_ASCII)).isEqualTo("%PDF-1.7");
    }

    @Test
    void forgetsEveryFileOfAPersonInAModule() {
        files.save("tests", 7, "a.txt", "text/plain", new byte[] {1});
        files.save("tests", 7, "b.txt", "text/plain", new byte[] {2});
        var someoneElse = files.save("tests", 8, "c.txt", "text/plain", new byte[] {3});

        files.deleteAllOwnedBy("tests", 7);

        assertThat(files.ownedBy("tests", 7)).isEmpty();
        assertThat(files.metadata(someoneElse.id())).isPresent();
    }

    @Test
    void namesLoseTheirPathsAndOddCharacters() {
        assertThat(FileStore.safeName("..\\..\\etc/passwd")).isEqualTo("passwd");
        assertThat(FileStore.safeName("facture\u0000<script>.pdf")).isEqualTo("facture__script_.pdf");
        assertThat(FileStore.safeName("..")).isEqualTo("file");
        assertThat(FileStore.safeName("photo été 2026.jpg")).isEqualTo("photo été 2026.jpg");
    }
}
