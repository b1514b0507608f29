package coop.agora.helpdesk;

import coop.agora.platform.DemoMode;
import coop.agora.platform.Languages;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * On the first start of a demo, requests that came by mail, in French and Dutch: from members, from
 * someone without an account, a reply in the thread and an out-of-office reply, each read as the
 * mailbox job reads real mail.
 */
@Component
@Order(31)
class DemoMailHelpdesk implements ApplicationRunner {

    private static final Mailbox DEMO_MAILBOX = new Mailbox("aide@agora.example/INBOX", "localhost", 993, "aide@agora.example", "", true, "INBOX",
            "aide@agora.example", null, null, "fr");

    private final DemoMode demo;
    private final JdbcClient db;
    private final MailIntake intake;

    DemoMailHelpdesk(DemoMode demo, JdbcClient db, MailIntake intake) {
        this.demo = demo;
        this.db = db;
        this.intake = intake;
    }

    private static MailReader.Incoming mail(String id, String from, String subject, String text, List<String> thread, MailReader.Kind kind,
            @Nullable Locale language) {
        return new MailReader.Incoming("<" + id + "@demo.agora.example>", from, subject, text, List.of(), thread, kind, language);
    }

    @Override
    @Transactional
    public void run(ApplicationArguments arguments) {
        if (!demo.enabled() || db.sql("select count(*) from helpdesk.inbound_mail").query(Long.class).single() > 0) {
            return;
        }
        intake.take(DEMO_MAILBOX, mail("note-de-frais-1", "mehdi.haddad@agora.example", "Note de frais refusée",
                "Bonjour,\n\nMa note de frais pour le train Bruxelles-Liège du 12 novembre a été refusée sans explication. "
                        + "Le ticket était pourtant joint.\n\nMerci de vérifier,\nMehdi",
                List.of(), MailReader.Kind.PERSON, Languages.FRENCH));
        intake.take(DEMO_MAILBOX, mail("note-de-frais-2", "mehdi.haddad@agora.example", "Re: Note de frais refusée",
                "Je précise : c'était un aller-retour à 34,60 euros.", List.of("<note-de-frais-1@demo.agora.example>"), MailReader.Kind.PERSON,
                Languages.FRENCH));
        intake.take(DEMO_MAILBOX, mail("afwezig-1", "mehdi.haddad@agora.example", "Absent : Re: Note de frais refusée",
                "Je suis en déplacement jusqu'au 30 novembre.", List.of("<note-de-frais-1@demo.agora.example>"), MailReader.Kind.AUTO_REPLY,
                Languages.FRENCH));
        intake.take(DEMO_MAILBOX, mail("btw-nummer-1", "wout.claes@agora.example", "Btw-nummer van een klant",
                "Dag,\n\nEen klant in Nederland geeft me geen btw-nummer. Mag ik toch zonder Belgische btw factureren?\n\nGroeten,\nWout",
                List.of(), MailReader.Kind.PERSON, Languages.DUTCH));
        intake.take(DEMO_MAILBOX, mail("lid-worden-1", "an.vermeulen@example.be", "Lid worden van de coöperatie",
                "Goedendag,\n\nIk ben zelfstandig fotograaf in Gent en wil graag weten hoe ik lid kan worden. Wat kost een aandeel?\n\nAn Vermeulen",
                List.of(), MailReader.Kind.PERSON, Languages.DUTCH));
    }
}
