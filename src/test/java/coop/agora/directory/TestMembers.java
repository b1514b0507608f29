package coop.agora.directory;

import coop.agora.NewMembers;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * New members for a test, each with a unique address so tests sharing the database never meet,
 * signed in with the demo password.
 */
final class TestMembers {

    static final String PASSWORD = NewMembers.PASSWORD;

    private final NewMembers people;

    TestMembers(MockMvcTester mvc, JdbcClient db) {
        this.people = new NewMembers(mvc, db, "directory");
    }

    /** A new member with more roles than MEMBER, such as ADMIN. */
    NewMembers.Member signedIn(String name, String language, String... roles) {
        return people.signedIn(name, language, roles);
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
