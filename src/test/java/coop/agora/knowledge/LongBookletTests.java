package coop.agora.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import coop.agora.AgoraIntegrationTest;
import coop.agora.offices.OfficeContacts;
import coop.agora.platform.Languages;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;

/** A booklet of the size the issue sets, 40 pages and more, typeset in one go; the time it took is logged for the benchmark report. */
@AgoraIntegrationTest
class LongBookletTests {

    @Autowired
    BookletRenderer renderer;

    @Autowired
    ArticleBody bodies;

    @Autowired
    OfficeContacts contacts;

    @Test
    void aBookletOfFortyPagesHasItsContentsAndEveryChapter() throws Exception {
        var paragraph = """
                La coopérative signe les contrats, envoie les **factures** et encaisse les paiements. Vous recevez un salaire,
                avec la protection sociale d'un salarié. Votre conseiller répond à vos questions dans votre bureau.

                - Gardez vos justificatifs de frais.
                - Demandez un acompte pour les projets longs.
                - Relisez le devis avant de le signer.

                """;
        var chapters = new ArrayList<BookletRenderer.Chapter>();
        for (int i = 1; i <= 40; i++) {
            chapters.add(new BookletRenderer.Chapter("Chapitre " + i, "fr", true, "Ce qu'il faut savoir, partie " + i + ".",
                    bodies.toXhtml(paragraph.repeat(5), id -> java.util.Optional.empty()), List.of()));
        }
        var content = new BookletRenderer.Content(Languages.FRENCH, "Bruxelles", 2027, chapters.subList(0, 36), chapters.subList(36, 40),
                contacts.page(1).orElseThrow(), contacts.services());

        // The processor time is logged too: on a shared machine, the time on the clock depends on everything else running.
        var threads = ManagementFactory.getThreadMXBean();
        var started = System.nanoTime();
        var startedCpu = threads.getCurrentThreadCpuTime();
        var pdf = renderer.render(content);
        LoggerFactory.getLogger(LongBookletTests.class).info("A booklet of {} pages took {} ms ({} ms of processor time)", pdf.pages(),
                (System.nanoTime() - started) / 1_000_000, (threads.getCurrentThreadCpuTime() - startedCpu) / 1_000_000);

        // An edition typesets three languages in one job: the later ones reuse the warmed-up renderer and the parsed fonts.
        started = System.nanoTime();
        startedCpu = threads.getCurrentThreadCpuTime();
        var edition = renderer.render(List.of(content, content, content));
        LoggerFactory.getLogger(LongBookletTests.class).info("Three more booklets of {} pages, as one edition, took {} ms ({} ms of processor time)",
                edition.get(2).pages(), (System.nanoTime() - started) / 1_000_000, (threads.getCurrentThreadCpuTime() - startedCpu) / 1_000_000);

        assertThat(pdf.pages()).isGreaterThanOrEqualTo(40);
        assertThat(edition).allSatisfy(each -> assertThat(each.pages()).isEqualTo(pdf.pages()));
        try (var document = Loader.loadPDF(pdf.bytes())) {
            assertThat(new PDFTextStripper().getText(document)).contains("Sommaire").contains("Chapitre 40").contains("Vie coopérative")
                    .contains("Rue du Marché aux Herbes 52");
        }
    }
}
