package coop.agora.helpdesk;

import coop.agora.Outbox;
import coop.agora.Visitor;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** Members and advisors for the help desk tests, each new so that tests never share requests. */
final class HelpdeskTestSupport {

    static final String PASSWORD = "violet tortue parapluie 42";
    static final String DEMO_PASSWORD = "agora-demo-2026";
    static final long BRUSSELS = 1;
    static final long GHENT = 6;

    private final MockMvcTester mvc;
    private final JdbcClient db;

    HelpdeskTestSupport(MockMvcTester mvc, JdbcClient db) {
        this.mvc = mvc;
        this.db = db;
    }

    record Person(Visitor browser, long id, String email) {}

    Person member(String name, long office) {
        return member(name, office, "help." + UUID.randomUUID().toString().substring(0, 8) + "@example.org");
    }

    Person member(String name, long office, String email) {
        var visitor = new Visitor(mvc);
        visitor.post("/register", "displayName", name, "email", email, "password", PASSWORD, "language", "fr", "homeOffice", String.valueOf(office));
        visitor.get(new Outbox(db).latestTo(email).orElseThrow().link());
        visitor.signIn(email, PASSWORD);
        var id = db.sql("select id from accounts.account where email = ?").param(email).query(Long.class).single();
        return new Person(visitor, id, email);
    }

    Person demo(String email) {
        var visitor = new Visitor(mvc);
        visitor.signIn(email, DEMO_PASSWORD);
        var id = db.sql("select id from accounts.account where email = ?").param(email).query(Long.class).single();
        return new Person(visitor, id, email);
    }

    long topic(String nameEn) {
        return db.sql("select id from helpdesk.topic where name_en = ?").param(nameEn).query(Long.class).single();
    }

    long vatTopic() {
        return topic("VAT and returns");
    }

    /** Files a question through the form and returns the new request's id. */
    long ask(Person member, String subject, String body) {
        member.browser().post("/help/ask", "topicId", String.valueOf(vatTopic()), "subject", subject, "body", body);
        return latestRequestOf(member);
    }

    long latestRequestOf(Person member) {
        return db.sql("select max(id) from helpdesk.request where member_id = ?").param(member.id()).query(Long.class).single();
    }

    long requestCount() {
        return db.sql("select count(*) from helpdesk.request").query(Long.class).single();
    }

    long messageCount(long requestId) {
        return db.sql("select count(*) from helpdesk.message where request_id = ?").param(requestId).query(Long.class).single();
    }
}
