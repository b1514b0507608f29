package coop.agora.helpdesk;

import coop.agora.accounts.Members;
import coop.agora.accounts.Pole;
import coop.agora.platform.DemoMode;
import coop.agora.platform.Viewer;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** On the first start of a demo, requests in French and Dutch at every stage, and coordinators to warn. */
@Component
@Order(30)
class DemoHelpdesk implements ApplicationRunner {

    private final DemoMode demo;
    private final JdbcClient db;
    private final Members members;
    private final HelpDesk helpDesk;
    private final DeskWork work;
    private final Coordinators coordinators;

    DemoHelpdesk(DemoMode demo, JdbcClient db, Members members, HelpDesk helpDesk, DeskWork work, Coordinators coordinators) {
        this.demo = demo;
        this.db = db;
        this.members = members;
        this.helpDesk = helpDesk;
        this.work = work;
        this.coordinators = coordinators;
    }

    private record Question(String email, String topicEn, String subject, String body, String answer, RequestStatus after) {}

    private static final List<Question> QUESTIONS = List.of(
            new Question("member@agora.example", "VAT and returns", "Déclaration TVA du troisième trimestre",
                    "Bonjour,\n\nJ'ai facturé une prestation à un client établi en France. Dois-je appliquer la TVA belge ?\n\nMerci,\nCamille",
                    "Bonjour Camille,\n\nPour un client assujetti en France, la facture se fait **sans TVA belge**, avec la mention « autoliquidation ». "
                            + "Indiquez son numéro de TVA sur la facture.\n\nBien à vous,",
                    RequestStatus.ANSWERED),
            new Question("member@agora.example", "Using the online tools", "Je ne trouve plus mes notes de frais",
                    "Depuis la mise à jour, mes notes de frais de septembre n'apparaissent plus dans mon espace.", "", RequestStatus.RECEIVED),
            new Question("lotte.peeters@agora.example", "Contracts and quotes", "Offerte voor een klant in Antwerpen",
                    "Dag,\n\nIk moet een offerte maken voor een grafisch project van drie maanden. Welk model moet ik gebruiken?\n\nBedankt,\nLotte",
                    "Dag Lotte,\n\nKunt u mij de geschatte omvang van het project en de betalingstermijnen bezorgen? Dan stuur ik u het juiste model.",
                    RequestStatus.WAITING_MEMBER),
            new Question("jan.devos@agora.example", "Recording expenses and invoices", "Hoe boek ik een aankoop van materiaal in?",
                    "Ik heb een camera gekocht voor mijn activiteit. Moet ik die afschrijven?", "", RequestStatus.IN_PROGRESS),
            new Question("ines.dubois@agora.example", "Growing my activity", "Trouver de nouveaux clients à Charleroi",
                    "Je voudrais être accompagnée pour développer mon activité de traiteur. Quels ateliers proposez-vous ?", "", RequestStatus.RECEIVED),
            new Question("wout.claes@agora.example", "Shares, general meetings and cooperative life", "Stemmen op de algemene vergadering",
                    "Kan ik op afstand stemmen op de volgende algemene vergadering?",
                    "Dag Wout,\n\nJa, u kunt een volmacht geven of online stemmen via de link die u een week vooraf krijgt.",
                    RequestStatus.ANSWERED));

    @Override
    @Transactional
    public void run(ApplicationArguments arguments) {
        if (!demo.enabled() || db.sql("select count(*) from helpdesk.request").query(Long.class).single() > 0) {
            return;
        }
        var advisorId = members.idOf("advisor@agora.example").orElse(null);
        if (advisorId == null) {
            return;
        }
        for (var question : QUESTIONS) {
            var memberId = members.idOf(question.email()).orElse(null);
            var topicId = db.sql("select id from helpdesk.topic where name_en = ?").param(question.topicEn()).query(Long.class).optional().orElse(null);
            if (memberId == null || topicId == null) {
                continue;
            }
            var office = members.homeOffice(memberId).orElse(1L);
            var id = helpDesk.receive(new NewRequest(memberId, memberId, topicId, office, Channel.WEB, question.subject(), question.body(), List.of(), null));
            var pole = Pole.valueOf(db.sql("select pole from helpdesk.request where id = ?").param(id).query(String.class).single());
            var advisorEmail = switch (pole) {
                case ACTIVITY_SECURING, FIRST_LINE -> "advisor@agora.example";
                case ENTREPRENEURIAL_COACHING -> "bram.maes@agora.example";
                case COOPERATIVE_LIFE -> "chloe.fontaine@agora.example";
            };
            var advisor = new DemoAdvisor(members.idOf(advisorEmail).orElse(advisorId));
            if (question.after() == RequestStatus.IN_PROGRESS) {
                work.take(advisor, id);
            } else if (!question.answer().isEmpty()) {
                work.write(advisor, id, new DeskReplyForm("ADVISOR", question.answer(), question.after().name()), List.of());
            }
        }
        coordinators.add(Pole.ACTIVITY_SECURING.name(), 6, advisorId);
        coordinators.add(Pole.FIRST_LINE.name(), 6, advisorId);
    }

    /** The demo advisor, acting before anyone signs in. */
    private record DemoAdvisor(long id) implements Viewer {

        @Override
        public String displayName() {
            return "";
        }

        @Override
        public Locale language() {
            return Locale.FRENCH;
        }

        @Override
        public Set<String> roles() {
            return Set.of("MEMBER", "ADVISOR");
        }
    }
}
