package coop.agora.helpdesk;

import static org.assertj.core.api.Assertions.assertThat;

import coop.agora.AgoraIntegrationTest;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** Admins edit the help desk's topics and canned replies; members and advisors see what is active. */
@AgoraIntegrationTest
class HelpdeskCatalogTests {

    private static final String ADMIN = "admin@agora.example";
    private static final String ADVISOR = "advisor@agora.example";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient db;

    HelpdeskTestSupport support;

    @BeforeEach
    void setUp() {
        support = new HelpdeskTestSupport(mvc, db);
    }

    private static String unique(String name) {
        return name + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    private long topicCount() {
        return db.sql("select count(*) from helpdesk.topic").query(Long.class).single();
    }

    private long replyCount() {
        return db.sql("select count(*) from helpdesk.canned_reply").query(Long.class).single();
    }

    private long addTopic(String nameFr) {
        var admin = support.demo(ADMIN);
        admin.browser().post("/admin/helpdesk/topics", "nameFr", nameFr, "nameNl", nameFr + " (nl)", "nameEn", nameFr + " (en)",
                "pole", "COOPERATIVE_LIFE", "targetDays", "5", "active", "true");
        return db.sql("select id from helpdesk.topic where name_fr = ?").param(nameFr).query(Long.class).single();
    }

    @Test
    void anAdminAddsATopicThatMembersThenAskAboutWithItsOwnPromise() {
        var name = unique("Assemblée générale");

        var id = addTopic(name);

        var member = support.member("Irène Sujet", HelpdeskTestSupport.GHENT);
        assertThat(member.browser().get("/help/ask")).hasStatusOk().bodyText().contains(name);
        member.browser().post("/help/ask", "topicId", String.valueOf(id), "subject", "Vote", "body", "Comment voter par procuration ?");
        var request = support.latestRequestOf(member);
        assertThat(db.sql("select pole || '/' || topic_id from helpdesk.request where id = ?").param(request).query(String.class).single())
                .isEqualTo("COOPERATIVE_LIFE/" + id);
    }

    @Test
    void anAdminRenamesATopicAndChangesItsPoleAndTarget() {
        var id = addTopic(unique("Parts sociales"));
        var admin = support.demo(ADMIN);

        var saved = admin.browser().post("/admin/helpdesk/topics/" + id, "nameFr", "Parts et capital", "nameNl", "Aandelen en kapitaal",
                "nameEn", "Shares and capital", "pole", "FIRST_LINE", "targetDays", "2", "active", "true");

        assertThat(saved).hasStatus3xxRedirection();
        assertThat(db.sql("select name_nl || '/' || pole || '/' || target_days || '/' || active from helpdesk.topic where id = ?").param(id)
                .query(String.class).single()).isEqualTo("Aandelen en kapitaal/FIRST_LINE/2/true");
        assertThat(admin.browser().get("/admin/helpdesk/topics")).hasStatusOk().bodyText().contains("Parts et capital");
    }

    @Test
    void aTopicAlreadyAskedAboutIsArchivedNotDeletedAndNoLongerOfferedToMembers() {
        var name = unique("Mutuelle");
        var id = addTopic(name);
        var member = support.member("Jules Archive", HelpdeskTestSupport.GHENT);
        member.browser().post("/help/ask", "topicId", String.valueOf(id), "subject", "Mutuelle", "body", "Quelle mutuelle choisir ?");
        var request = support.latestRequestOf(member);

        support.demo(ADMIN).browser().post("/admin/helpdesk/topics/" + id + "/remove");

        assertThat(db.sql("select active from helpdesk.topic where id = ?").param(id).query(Boolean.class).single()).isFalse();
        assertThat(member.browser().get("/help/ask")).bodyText().doesNotContain(name);
        assertThat(member.browser().get("/help/requests/" + request)).hasStatusOk().bodyText().contains(name);
    }

    @Test
    void aTopicNobodyAskedAboutIsDeleted() {
        var id = addTopic(unique("Sujet en trop"));

        support.demo(ADMIN).browser().post("/admin/helpdesk/topics/" + id + "/remove");

        assertThat(db.sql("select count(*) from helpdesk.topic where id = ?").param(id).query(Long.class).single()).isZero();
    }

    @Test
    void aTopicWithoutADutchNameOrWithTooManyDaysIsRefusedAndNothingIsWritten() {
        var admin = support.demo(ADMIN);
        var before = topicCount();

        var refused = admin.browser().post("/admin/helpdesk/topics", "nameFr", "Sans traduction", "nameNl", " ", "nameEn", "Untranslated",
                "pole", "FIRST_LINE", "targetDays", "40", "active", "true");

        assertThat(refused).hasStatus(422).bodyText()
                .contains("Indiquez un nom de 120 caractères au plus.")
                .contains("Indiquez un nombre de jours ouvrables de 1 à 20.");
        assertThat(topicCount()).isEqualTo(before);
    }

    @Test
    void anAdminWritesACannedReplyThatAdvisorsUseUntilItIsPutAside() {
        var admin = support.demo(ADMIN);
        var title = unique("Rendez-vous proposé");
        admin.browser().post("/admin/helpdesk/replies", "titleFr", title, "titleNl", title + " (nl)", "titleEn", title + " (en)",
                "bodyFr", "Bonjour {member},\nPassez nous voir pour la demande {reference} avant le {due}.",
                "bodyNl", "Dag {member},\nKom langs voor aanvraag {reference} voor {due}.",
                "bodyEn", "Hello {member},\nCome and see us about request {reference} before {due}.", "pole", "", "active", "true");
        var reply = db.sql("select id from helpdesk.canned_reply where title_fr = ?").param(title).query(Long.class).single();
        var member = support.member("Louise Modèle", HelpdeskTestSupport.GHENT);
        var request = support.ask(member, "Rendez-vous", "Bonjour.");
        var advisor = support.demo(ADVISOR);

        assertThat(advisor.browser().get("/desk/requests/" + request)).bodyText().contains(title);
        assertThat(advisor.browser().get("/desk/requests/" + request + "?canned=" + reply)).bodyText()
                .contains("Passez nous voir pour la demande " + request);

        admin.browser().post("/admin/helpdesk/replies/" + reply, "titleFr", title, "titleNl", title + " (nl)", "titleEn", title + " (en)",
                "bodyFr", "Bonjour {member},\nPassez nous voir.", "bodyNl", "Dag {member},\nKom langs.", "bodyEn", "Hello {member},\nCome and see us.",
                "pole", "");

        assertThat(db.sql("select active from helpdesk.canned_reply where id = ?").param(reply).query(Boolean.class).single()).isFalse();
        assertThat(advisor.browser().get("/desk/requests/" + request)).bodyText().doesNotContain(title);
        assertThat(advisor.browser().get("/desk/requests/" + request + "?canned=" + reply)).bodyText().doesNotContain("Passez nous voir");
    }

    @Test
    void aCannedReplyWithAnUnknownVariableIsRefusedWithTheVariablesAllowed() {
        var admin = support.demo(ADMIN);
        var before = replyCount();

        var refused = admin.browser().post("/admin/helpdesk/replies", "titleFr", "Variable inconnue", "titleNl", "Onbekende variabele",
                "titleEn", "Unknown variable", "bodyFr", "Bonjour {membre},", "bodyNl", "Dag {member},", "bodyEn", "Hello {member},",
                "pole", "FIRST_LINE", "active", "true");

        assertThat(refused).hasStatus(422).bodyText().contains("Seules ces variables peuvent être utilisées : {member}, {due}, {reference}.");
        assertThat(replyCount()).isEqualTo(before);
    }

    @Test
    void aCannedReplyWithoutTextOrWithAnUnknownPoleIsRefused() {
        var admin = support.demo(ADMIN);
        var reply = db.sql("select id from helpdesk.canned_reply where title_en = 'Missing document'").query(Long.class).single();

        var refused = admin.browser().post("/admin/helpdesk/replies/" + reply, "titleFr", "Document manquant", "titleNl", "Ontbrekend document",
                "titleEn", "Missing document", "bodyFr", "", "bodyNl", "Dag {member},", "bodyEn", "Hello {member},", "pole", "NOWHERE",
                "active", "true");

        assertThat(refused).hasStatus(422).bodyText().contains("Indiquez un texte de 10 000 caractères au plus.").contains("Choisissez un pôle dans la liste.");
        assertThat(db.sql("select body_nl from helpdesk.canned_reply where id = ?").param(reply).query(String.class).single()).startsWith("Dag {member},\n\nOm");
    }

    @Test
    void onlyAdminsEditTopicsAndCannedReplies() {
        var advisor = support.demo(ADVISOR);
        var before = replyCount();

        assertThat(advisor.browser().get("/admin/helpdesk/topics")).hasStatus(403);
        assertThat(advisor.browser().get("/admin/helpdesk/replies")).hasStatus(403);
        assertThat(advisor.browser().post("/admin/helpdesk/replies", "titleFr", "a", "titleNl", "b", "titleEn", "c", "bodyFr", "d", "bodyNl", "e",
                "bodyEn", "f", "pole", "")).hasStatus(403);
        assertThat(replyCount()).isEqualTo(before);
    }

    @Test
    void anUnknownTopicOrReplyIsNotFound() {
        var admin = support.demo(ADMIN);

        assertThat(admin.browser().get("/admin/helpdesk/topics/987654321")).hasStatus(404);
        assertThat(admin.browser().get("/admin/helpdesk/replies/987654321")).hasStatus(404);
    }

    @Test
    void onlyTheThreeVariablesCountAsKnown() {
        assertThat(HelpdeskCatalog.unknownVariables("Bonjour {member}, avant le {due} ({reference}).")).isFalse();
        assertThat(HelpdeskCatalog.unknownVariables("Bonjour {Member}")).isTrue();
        assertThat(HelpdeskCatalog.unknownVariables("Bonjour {}")).isTrue();
        assertThat(HelpdeskCatalog.unknownVariables("Sans variable")).isFalse();
    }
}
