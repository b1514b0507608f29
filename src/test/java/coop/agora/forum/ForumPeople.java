package coop.agora.forum;

import coop.agora.NewMembers;
import coop.agora.Visitor;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** New members for a forum test, each with a unique address and name so tests sharing the database never meet. */
final class ForumPeople {

    private final NewMembers people;
    private final JdbcClient db;

    ForumPeople(MockMvcTester mvc, JdbcClient db) {
        this.people = new NewMembers(mvc, db, "forum");
        this.db = db;
    }

    record Person(long id, String email, String name, Visitor visitor) {}

    /** A member signed in, speaking French, with a directory profile of the given visibility ({@code HIDDEN}, {@code MEMBERS}, {@code PUBLIC}). */
    Person member(String firstName, String visibility, String... roles) {
        var suffix = UUID.randomUUID().toString().substring(0, 6);
        var name = firstName + " Z" + suffix;
        var member = people.signedIn(name, "fr", roles);
        db.sql("insert into directory.profile (member_id, display_name, visibility) values (?, ?, ?)").params(member.id(), name, visibility).update();
        return new Person(member.id(), member.email(), name, member.visitor());
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
