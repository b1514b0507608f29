package coop.agora;

import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * New members for a test, each with a unique address so tests sharing the database never meet,
 * signed in with the demo password. Tests create their own advisors and admins this way rather
 * than signing in to the shared demo accounts, whose sign-ins are limited per hour.
 */
public final class NewMembers {

    public static final String PASSWORD = "agora-demo-2026";

    private final MockMvcTester mvc;
    private final JdbcClient db;
    private final String addressPrefix;

    /** {@code addressPrefix} starts every address, so that a test's accounts say which tests made them. */
    public NewMembers(MockMvcTester mvc, JdbcClient db, String addressPrefix) {
        this.mvc = mvc;
        this.db = db;
        this.addressPrefix = addressPrefix;
    }

    public record Member(long id, String email, Visitor visitor) {}

    /** A verified member with the MEMBER role and the given other roles, signed in and reading in {@code language}. */
    public Member signedIn(String name, String language, String... roles) {
        var email = addressPrefix + "." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
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
}
