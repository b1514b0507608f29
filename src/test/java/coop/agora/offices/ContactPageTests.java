package coop.agora.offices;

import static org.assertj.core.api.Assertions.assertThat;

import coop.agora.AgoraIntegrationTest;
import coop.agora.Visitor;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@AgoraIntegrationTest
class ContactPageTests {

    private static final Map<String, Visitor> SESSIONS = new ConcurrentHashMap<>();

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient db;

    /** Sessions are kept: the demo admin signs in in other test classes too, and sign-ins per account are limited. */
    private Visitor admin() {
        return SESSIONS.computeIfAbsent("admin@agora.example", address -> {
            var visitor = new Visitor(mvc);
            visitor.signIn(address, "agora-demo-2026");
            return visitor;
        });
    }

    @Test
    void theContactPageShowsEveryServiceHowToReachItAndTheOfficesHours() {
        var page = new Visitor(mvc).get("/contact?office=GNT");

        assertThat(page).hasStatusOk().bodyText()
                .contains("Bureau de Gand").contains("Vlaanderenstraat 81").contains("+32 9 225 36 60")
                .contains("Facturation et TVA").contains("facturation@agora.example").contains("Appelez le +32 9 225 36 60, puis tapez 2")
                .contains("Juridique et droits d'auteur").contains("de 09:00 à 12:30");
        assertThat(new Visitor(mvc).speaking("nl-BE").get("/contact?office=GNT")).bodyText().contains("Druk op 2: Facturatie en btw");
    }

    @Test
    void aSignedInMemberSeesTheirOwnOfficeAndVisitorsTheFirst() {
        var member = new Visitor(mvc);
        member.signIn("ines.dubois@agora.example", "agora-demo-2026");
        var own = db.sql("select street from offices.office_contact where office_id = 3").query(String.class).single();
        var first = db.sql("select c.street from offices.office_contact c join offices.office o on o.id = c.office_id order by o.id limit 1")
                .query(String.class).single();

        assertThat(member.get("/contact")).hasStatusOk().bodyText().contains(own).doesNotContain(first);
        assertThat(new Visitor(mvc).get("/contact")).hasStatusOk().bodyText().contains(first);
    }

    @Test
    void overlappingHoursAreRefusedAndNothingIsSaved() {
        var before = db.sql("select count(*) from offices.opening_period where office_id = 3").query(Long.class).single();

        var refused = admin().post("/admin/offices/3/hours", "day", "1", "opens", "12:00", "closes", "14:00");

        assertThat(refused).hasStatus(422).bodyText().contains("Ces horaires chevauchent des horaires que le bureau a déjà ce jour-là.");
        assertThat(db.sql("select count(*) from offices.opening_period where office_id = 3").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void anAdminAddsSaturdayHoursAndTheyShowAtOnce() {
        assertThat(admin().post("/admin/offices/4/hours", "day", "6", "opens", "10:00", "closes", "12:00")).hasRedirectedUrl("/admin/offices/4");

        assertThat(new Visitor(mvc).get("/contact?office=MON")).bodyText().contains("de 10:00 à 12:00");
    }

    @Test
    void badContactDetailsAreRefused() {
        var refused = admin().post("/admin/offices/5/contact", "street", "Rue de Fer 19", "postcode", "5000", "city", "Namur",
                "mapUrl", "javascript:alert(1)", "phone", "appelez-nous", "email", "namur");

        assertThat(refused).hasStatus(422).bodyText().contains("Donnez une adresse web qui commence par https://.")
                .contains("Écrivez un numéro avec des chiffres");
        assertThat(db.sql("select map_url from offices.office_contact where office_id = 5").query(String.class).single()).startsWith("https://");
    }

    @Test
    void onlyAdminsEditOffices() {
        var member = new Visitor(mvc);
        member.signIn("advisor@agora.example", "agora-demo-2026");

        assertThat(member.post("/admin/offices/3/hours", "day", "6", "opens", "10:00", "closes", "12:00")).hasStatus(403);
    }
}
