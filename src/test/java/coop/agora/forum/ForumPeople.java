package coop.agora.forum;

import coop.agora.Visitor;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** New members for a forum test, each with a unique address and name so tests sharing the database never meet. */
final class ForumPeople {

    private final MockMvcTester mvc;
    private final JdbcClient db;

    ForumPeople(MockMvcTester mvc, JdbcClient db) {
        this.mvc = mvc;
        this.db = db;
    }

    record Person(long id, String email, String name, Visitor visitor) {}

    /** A member signed in, speaking French, with a directory profile of the given visibility ({@code HIDDEN}, {@code MEMBERS}, {@code PUBLIC}). */
    Person member(String firstName, String visibility, String... roles) {
        var suffix = UUID.randomUUID().toString().substring(0, 6);
        var name = firstName + " Z" + suffix;
        var email = "forum." + suffix + "@example.org";
        var hash = db.sql("select password_hash from accounts.account where email = 'member@agora.example'").query(String.class).single();
        var id = db.sql("""
                        insert into accounts.account (email, password_hash, display_name, language, status, verified_at)
                        values (?, ?, ?, 'fr', 'ACTIVE', now()) returning id""")
                .params(email, hash, name)
                .query(Long.class)
                .single();
        db.sql("insert into accounts.account_role (account_id, role) values (?, 'MEMBER')").param(id).update();
        for (var role : roles) {
            db.sql("insert into accounts.account_role (account_id, role) values (?, ?)").params(id, role).update();
        }
        db.sql("insert into directory.profile (member_id, display_name, visibility) values (?, ?, ?)").params(id, name, visibility).update();
        var visitor = new Visitor(mvc).speaking("fr-BE");
        visitor.signIn(email, "agora-demo-2026");
        return new Person(id, email, name, visitor);
    }

    /** A new public category with a name of its own, for tests that change it. */
    long category(String slugStart) {
        var slug = slugStart + "-" + UUID.randomUUID().toString().substring(0, 6);
        return db.sql("""
                        insert into forum.category (slug, kind, name_fr, name_nl, name_en, description_fr, description_nl, description_en, visibility)
                        values (?, 'THEME', ?, ?, ?, 'Description', 'Beschrijving', 'Description', 'PUBLIC') returning id""")
                .params(slug, "Nom " + slug, "Naam " + slug, "Name " + slug)
                .query(Long.class)
                .single();
    }

    String slugOf(long categoryId) {
        return db.sql("select slug from forum.category where id = ?").param(categoryId).query(String.class).single();
    }

    /** A topic started by this person in the category, which readers see at once. */
    long topic(Person author, long categoryId, String title, String body) {
        var result = author.visitor().post("/forum/c/" + slugOf(categoryId), "title", title, "body", body, "language", "fr");
        return Long.parseLong(result.getResponse().getRedirectedUrl().replace("/forum/t/", ""));
    }
}
