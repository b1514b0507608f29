package coop.agora.directory;

import coop.agora.Visitor;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * New members for a test, each with a unique address so tests sharing the database never meet,
 * signed in with the demo password.
 */
final class TestMembers {

    static final String PASSWORD = "agora-demo-2026";

    private final MockMvcTester mvc;
    private final JdbcClient db;

    TestMembers(MockMvcTester mvc, JdbcClient db) {
        this.mvc = mvc;
        this.db = db;
    }

    record Member(long id, String email, Visitor visitor) {}

    Member signedIn(String name, String language) {
        return signedIn(name, language, new String[0]);
    }

    /**
     * A new member with more roles than MEMBER, such as ADMIN, so that tests never sign in to the
     * shared demo accounts, whose sign-ins are limited per hour.
     */
    Member signedIn(String name, String language, String... roles) {
        var email = "directory." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        var hash = db.sql("select password_hash from accounts.account where email = 'member@agora.example'").query(String.class).single();
        var id = db.sql("""
                        insert into accounts.account (email, password_hash, display_name, language, status, verified_at)
                        values (?, ?, ?, ?, 'ACTIVE', now()) returning id""")
                .params(email, hash, name, language)
                .query(Long.class)
                .single();
        db.sql("insert into accounts.account_role (account_id, role) values (?, 'MEMBER')").param(id).update();
        for (var role : roles) {
            db.sql("insert into accounts.account_role (account_id, role) values (?, ?)").params(id, role).update();
        }
        var visitor = new Visitor(mvc).speaking(language);
        visitor.signIn(email, PASSWORD);
        return new Member(id, email, visitor);
    }

    /** The fields of a complete profile form, to be changed one at a time by a test. */
    static String[] profile(String name, String visibility, String town, String... more) {
        var base = new String[] {
            "displayName", name, "headline", "Headline of " + name, "bio", "Bio of " + name,
            "visibility", visibility, "consent", "on", "town", town
        };
        var all = new String[base.length + more.length];
        System.arraycopy(base, 0, all, 0, base.length);
        System.arraycopy(more, 0, all, base.length, more.length);
        return all;
    }
}
