package coop.agora.recommendations;

import coop.agora.Visitor;
import coop.agora.accounts.Members;
import coop.agora.platform.Languages;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** A cycle of three recommendations of its own for each test, as all tests share one database. */
final class TrackerFixtures {

    static final String PASSWORD = "agora-demo-2026";

    private TrackerFixtures() {}

    /** A new cycle; returns its id. Recommendation 1 refers to 2; 3 has points a and b. */
    static long cycle(Tracker tracker, Members members) throws CycleFile.Unreadable {
        var file = CycleFile.markdown("""
                ## Vie coopérative

                ### 1. Créer des assemblées de sociétaires
                groups: BE-ACC1
                see: 2

                Les sociétaires se réunissent **localement**.

                ### 2. Se rencontrer entre sociétaires
                Une journée d'échange chaque année.

                ## Communication

                ### 3. Simplifier le langage
                #### a. Relire les pages
                #### b. Écrire des tutoriels
                """);
        return tracker.importCycle("Test " + UUID.randomUUID().toString().substring(0, 8), "Accompagnement", Languages.FRENCH, file,
                members.idOf("admin@agora.example").orElseThrow(), false);
    }

    static long recommendation(JdbcClient db, long cycle, int number) {
        return db.sql("select id from recommendations.recommendation where cycle_id = ? and number = ?").params(cycle, number).query(Long.class).single();
    }

    static Visitor signedIn(MockMvcTester mvc, String email) {
        var visitor = new Visitor(mvc);
        visitor.signIn(email, PASSWORD);
        return visitor;
    }
}
