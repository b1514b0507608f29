package coop.agora.opportunities;

import static coop.agora.opportunities.BoardFixtures.publish;
import static coop.agora.opportunities.BoardFixtures.signedIn;
import static coop.agora.opportunities.BoardFixtures.title;
import static org.assertj.core.api.Assertions.assertThat;

import coop.agora.AgoraIntegrationTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** What the board gives in "download my data" and what "erase my account" does to it. */
@AgoraIntegrationTest
class BoardPrivacyTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient db;

    @Autowired
    OpportunitiesPersonalData personalData;

    @Test
    void erasureDeletesTheMembersOwnOpportunitiesAndWhatTheyWereToldOfAndKeepsThoseOfTheCooperativeWithoutAuthor() throws Exception {
        // A person known to this module only, so that erasing them touches no demo account.
        var memberId = 900_000_000L + System.nanoTime() % 100_000_000L;
        var own = db.sql("""
                        insert into opportunities.opportunity (kind, title, description, author_id, place_kind, languages, deadline, search_text)
                        values ('MISSION', 'Mission à effacer', 'Texte', ?, 'REMOTE', '{fr}', current_date + 5, 'mission') returning id""")
                .param(memberId).query(Long.class).single();
        var cooperative = db.sql("""
                        insert into opportunities.opportunity (kind, title, description, author_id, by_cooperative, place_kind, languages, deadline, search_text)
                        values ('GRANT', 'Bourse à garder', 'Texte', ?, true, 'REMOTE', '{fr}', current_date + 5, 'bourse') returning id""")
                .param(memberId).query(Long.class).single();
        var reported = publish(signedIn(mvc, "member@agora.example"), title("Signalée"));
        db.sql("insert into opportunities.flag (opportunity_id, reporter_id, reason) values (?, ?, 'Spam')").params(reported, memberId).update();
        db.sql("insert into opportunities.told (opportunity_id, member_id) values (?, ?)").params(reported, memberId).update();

        @SuppressWarnings("unchecked")
        var export = (Map<String, Object>) personalData.export(memberId);
        assertThat((List<Map<String, Object>>) export.get("published")).extracting(row -> row.get("title"))
                .containsExactly("Mission à effacer", "Bourse à garder");
        assertThat(export.get("toldOf")).isEqualTo(List.of(reported));

        personalData.erase(memberId);

        assertThat(db.sql("select count(*) from opportunities.opportunity where id = ?").param(own).query(Long.class).single()).isZero();
        assertThat(db.sql("select author_id from opportunities.opportunity where id = ?").param(cooperative).query().singleRow().get("author_id")).isNull();
        assertThat(db.sql("select reporter_id from opportunities.flag where opportunity_id = ?").param(reported).query().singleRow().get("reporter_id")).isNull();
        assertThat(db.sql("select count(*) from opportunities.told where member_id = ?").param(memberId).query(Long.class).single()).isZero();
    }
}
