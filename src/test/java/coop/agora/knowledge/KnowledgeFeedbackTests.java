package coop.agora.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import coop.agora.AgoraIntegrationTest;
import coop.agora.Outbox;
import coop.agora.accounts.PersonalData;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@AgoraIntegrationTest
class KnowledgeFeedbackTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient db;

    @Autowired
    ReviewReminders reminders;

    @Autowired
    ArticleViews views;

    @Autowired
    List<PersonalData> personalData;

    private long article(String title) {
        return db.sql("select id from knowledge.article where title = ?").param(title).query(Long.class).single();
    }

    @Test
    void aCommentReachesTheOwnerByMail() {
        var id = article("Quelles assurances pour votre activité ?");
        var member = Editors.signedIn(mvc, "member@agora.example");

        assertThat(member.post("/knowledge/feedback/" + id, "helpful", "no", "comment", "Et pour un drone ?")).hasStatusOk().bodyText()
                .contains("Merci, votre réponse nous aide");

        assertThat(new Outbox(db).latestTo("admin@agora.example")).hasValueSatisfying(mail -> {
            assertThat(mail.body()).contains("Et pour un drone ?").contains("/knowledge/articles/");
        });
    }

    @Test
    void aMembersSecondAnswerOnAGuideReplacesTheFirstInAnyLanguage() {
        var french = article("Demander un acompte");
        var group = db.sql("select group_id from knowledge.article where id = ?").param(french).query(Long.class).single();
        var dutch = db.sql("select id from knowledge.article where group_id = ? and language = 'nl'").param(group).query(Long.class).single();
        var member = Editors.signedIn(mvc, "lotte.peeters@agora.example");
        var helpfulBefore = counted("helpful", french);
        var notHelpfulBefore = counted("not_helpful", dutch);

        member.post("/knowledge/feedback/" + french, "helpful", "yes");
        member.post("/knowledge/feedback/" + french, "helpful", "yes");
        assertThat(counted("helpful", french)).isEqualTo(helpfulBefore + 1);

        member.post("/knowledge/feedback/" + dutch, "helpful", "no");
        assertThat(counted("helpful", french)).isEqualTo(helpfulBefore);
        assertThat(counted("not_helpful", dutch)).isEqualTo(notHelpfulBefore + 1);
        assertThat(db.sql("""
                        select count(*) from knowledge.feedback f join accounts.account m on m.id = f.member_id
                        where f.group_id = ? and m.email = 'lotte.peeters@agora.example'""").param(group).query(Long.class).single())
                .isEqualTo(1);
    }

    private int counted(String column, long article) {
        return db.sql("select " + column + " from knowledge.article where id = ?").param(article).query(Integer.class).single();
    }

    @Test
    void aTooLongCommentIsRefusedAndNotCounted() {
        var id = article("Céder ou licencier vos droits d'auteur");
        var member = Editors.signedIn(mvc, "member@agora.example");
        var before = db.sql("select helpful from knowledge.article where id = ?").param(id).query(Integer.class).single();

        var refused = member.post("/knowledge/feedback/" + id, "helpful", "yes", "comment", "x".repeat(1001));
        assertThat(refused).hasStatus(422).bodyText().contains("Votre commentaire dépasse 1 000 caractères.");

        assertThat(db.sql("select helpful from knowledge.article where id = ?").param(id).query(Integer.class).single()).isEqualTo(before);
    }

    @Test
    void editorsSeeTheMostReadAndTheLeastHelpfulGuides() {
        var unhelpful = article("Investir dans du matériel, étape par étape");
        var member = Editors.signedIn(mvc, "member@agora.example");
        for (int i = 0; i < 3; i++) {
            member.post("/knowledge/feedback/" + unhelpful, "helpful", "no");
        }
        for (int i = 0; i < 5; i++) {
            member.get("/knowledge/articles/" + db.sql("select group_id from knowledge.article where id = ?").param(unhelpful).query(Long.class).single() + "/fr");
        }
        views.flush();

        var desk = Editors.signedIn(mvc, "admin@agora.example").get("/knowledge/manage");

        assertThat(desk).hasStatusOk().bodyText().contains("Investir dans du matériel, étape par étape");
        assertThat(db.sql("select views from knowledge.article where id = ?").param(unhelpful).query(Long.class).single()).isGreaterThanOrEqualTo(5);
    }

    @Test
    void ownersAreRemindedOnceBeforeTheReviewDate() {
        var today = LocalDate.now(EditorController.OFFICE_TIME);
        db.sql("update knowledge.article_group set review_before = ?, review_reminded_on = null where id = "
                + "(select group_id from knowledge.article where title = 'Votre premier contrat avec un client')").param(today.plusDays(5)).update();

        reminders.remind(today);
        var mails = new Outbox(db).to("advisor@agora.example").size();
        reminders.remind(today);

        assertThat(new Outbox(db).latestTo("advisor@agora.example")).hasValueSatisfying(mail -> {
            assertThat(mail.body()).contains("Je eerste contract met een klant").doesNotContain("Faire votre première facture");
        });
        assertThat(new Outbox(db).to("advisor@agora.example")).hasSize(mails);
    }

    @Test
    void anErasedAuthorsGuidesStayAndShowAsByAFormerMember() {
        var jan = db.sql("select id from accounts.account where email = 'jan.devos@agora.example'").query(Long.class).single();
        var id = article("Demander un acompte");
        db.sql("update knowledge.article set author_id = ? where id = ?").params(jan, id).update();
        db.sql("""
                        insert into knowledge.feedback (article_id, group_id, member_id, helpful, comment)
                        select id, group_id, ?, false, 'Trop court' from knowledge.article where id = ?""").params(jan, id).update();
        db.sql("insert into knowledge.glossary_term (language, term, definition, created_by) values ('fr', 'note de frais', 'Un remboursement.', ?)")
                .param(jan).update();

        var knowledge = personalData.stream().filter(section -> section.section().equals("knowledge")).findFirst().orElseThrow();
        assertThat(knowledge.export(jan).toString()).contains("Trop court").contains("Demander un acompte").contains("note de frais");
        knowledge.erase(jan);

        assertThat(db.sql("select count(*) from knowledge.feedback where comment = 'Trop court'").query(Long.class).single()).isZero();
        assertThat(db.sql("select created_by from knowledge.glossary_term where term = 'note de frais'").query(Long.class).optional()).isEmpty();
        var group = db.sql("select group_id from knowledge.article where id = ?").param(id).query(Long.class).single();
        assertThat(Editors.signedIn(mvc, "member@agora.example").get("/knowledge/articles/" + group + "/fr")).bodyText().contains("Ancien membre");
    }
}
