package coop.agora.helpdesk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/** What the help desk reads in odd mail from the corpus. */
class MailReaderTests {

    private static MailReader.Incoming sample(String name) throws IOException {
        return MailReader.read(Files.readAllBytes(MailCorpusTests.CORPUS.resolve(name)));
    }

    @Test
    void anHtmlOnlyMailBecomesTextWithItsParagraphsAndNothingOfItsMarkupOrScripts() throws IOException {
        var mail = sample("html-only-outlook.eml");

        assertThat(mail.text()).contains("Bonjour,\n").contains("déposée le 3 novembre n’apparaît pas. Pouvez-vous vérifier ?")
                .contains("- Montant : 42,50 €").contains("Marie\n06 12 34 56 78")
                .doesNotContain("<").doesNotContain("alert").doesNotContain("color");
        assertThat(mail.sender()).isEqualTo("marie.dupont@corpus.example");
    }

    @Test
    void textInACharsetJavaDoesNotKnowIsStillReadable() throws IOException {
        assertThat(sample("unknown-charset.eml").text()).isEqualTo("Françoise a écrit ce texte en latin-1, où les accents comptent.");
    }

    @Test
    void aChineseHtmlMailIsDecodedFromItsCharset() throws IOException {
        var mail = sample("gb2312-html.eml");

        assertThat(mail.subject()).isEqualTo("发票问题");
        assertThat(mail.text()).isEqualTo("你好，我的发票有问题。");
    }

    @Test
    void anInlinePictureIsKeptAsAFileAndThePlainTextIsPreferred() throws IOException {
        var mail = sample("inline-image-apple.eml");

        assertThat(mail.subject()).isEqualTo("Capture d’écran de l’erreur");
        assertThat(mail.text()).isEqualTo("Voici l’erreur que je vois en encodant ma facture.");
        assertThat(mail.files()).singleElement().satisfies(file -> assertThat(file.name()).isEqualTo("capture.png"));
    }

    @Test
    void aMailWithoutMessageIdGetsTheSameKeyEachTimeItIsRead() throws IOException {
        assertThat(sample("no-message-id.eml").messageId()).isEqualTo(sample("no-message-id.eml").messageId()).endsWith("@no-message-id>");
    }

    @Test
    void anAddressThatDoesNotParseIsStillFoundInTheHeader() throws IOException {
        assertThat(sample("garbled-from.eml").sender()).isEqualTo("jean.dupont@corpus.example");
    }

    @Test
    void aMultipartWhoseEndIsMissingKeepsItsText() throws IOException {
        assertThat(sample("broken-multipart.eml").text()).contains("mijn factuur zit in bijlage");
    }

    @Test
    void aForwardedMailsTextIsReadToo() throws IOException {
        assertThat(sample("forwarded-message.eml").text()).contains("wat moet ik doen?").contains("Uw aangifte is te laat.");
    }

    @Test
    void theSignatureOfASignedMailIsNotAFileItsSenderSent() throws IOException {
        var mail = sample("smime-signed.eml");

        assertThat(mail.text()).isEqualTo("Mijn mails zijn altijd ondertekend. Wanneer is de volgende vergadering?");
        assertThat(mail.files()).isEmpty();
    }

    @Test
    void quotedTextAndTheLineIntroducingItAreLeftOutOfAReply() {
        assertThat(MailReader.newText("Merci, c'est clair.\n\nLe lun. 23 nov. 2026 à 10:00, Agora <aide@coop.example> a écrit :\n> Bonjour"))
                .isEqualTo("Merci, c'est clair.");
        assertThat(MailReader.newText("Dank u.\n\nOp ma 23 nov 2026 om 10:00 schreef Agora <hulp@coop.example>:\n> Dag")).isEqualTo("Dank u.");
        assertThat(MailReader.newText("Thanks!\n> On Monday, Agora wrote:\n> Hello")).isEqualTo("Thanks!");
    }

    @Test
    void aReplySayingOnlyTheCloseWordClosesItsRequestInEachLanguage() {
        assertThat(MailIntake.asksToClose("FERMER")).isTrue();
        assertThat(MailIntake.asksToClose("sluiten.\n\nJan")).isTrue();
        assertThat(MailIntake.asksToClose("Close")).isTrue();
        assertThat(MailIntake.asksToClose("Ne pas fermer, j'ai encore une question")).isFalse();
    }
}
