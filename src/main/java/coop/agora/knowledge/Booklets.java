package coop.agora.knowledge;

import coop.agora.offices.OfficeContacts;
import coop.agora.offices.OfficePage;
import coop.agora.offices.Offices;
import coop.agora.platform.FileStore;
import coop.agora.platform.Languages;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Welcome booklets: per office and year, the guides an admin chose, published as one PDF per
 * language. Every publication is a new edition; members download the latest of their office.
 */
@Service
class Booklets {

    /** The category whose guides make the cooperative-life section. */
    static final long COOPERATIVE_LIFE = 6;

    private final JdbcClient db;
    private final Offices offices;
    private final OfficeContacts contacts;
    private final BookletRenderer renderer;
    private final ArticleBody bodies;
    private final KnowledgeImages images;
    private final FileStore files;

    Booklets(JdbcClient db, Offices offices, OfficeContacts contacts, BookletRenderer renderer, ArticleBody bodies, KnowledgeImages images,
            FileStore files) {
        this.db = db;
        this.offices = offices;
        this.contacts = contacts;
        this.renderer = renderer;
        this.bodies = bodies;
        this.images = images;
        this.files = files;
    }

    /** Creates the booklet of an office and year, or changes its guides, in the order given. */
    @Transactional
    long assemble(long officeId, int year, List<Long> groupIds, long adminId) {
        var id = db.sql("""
                        insert into knowledge.booklet (office_id, year, created_by) values (?, ?, ?)
                        on conflict (office_id, year) do update set created_by = excluded.created_by returning id""")
                .params(officeId, year, adminId).query(Long.class).single();
        db.sql("delete from knowledge.booklet_item where booklet_id = ?").param(id).update();
        var position = 0;
        for (var group : groupIds.stream().distinct().toList()) {
            db.sql("insert into knowledge.booklet_item (booklet_id, position, group_id) values (?, ?, ?)").params(id, position++, group).update();
        }
        return id;
    }

    List<Long> items(long bookletId) {
        return db.sql("select group_id from knowledge.booklet_item where booklet_id = ? order by position").param(bookletId).query(Long.class).list();
    }

    List<BookletRow> all() {
        var rows = db.sql("""
                        select b.id, b.office_id, b.year, (select count(*) from knowledge.booklet_item i where i.booklet_id = b.id) as guides
                        from knowledge.booklet b order by b.year desc, b.office_id""")
                .query((row, n) -> new BookletRow(row.getLong("id"), row.getLong("office_id"), row.getInt("year"), row.getInt("guides"), new ArrayList<>()))
                .list();
        db.sql("select id, booklet_id, language, pages, published_at from knowledge.booklet_edition order by published_at desc, id desc")
                .query(row -> {
                    var booklet = row.getLong("booklet_id");
                    var edition = new BookletEdition(row.getLong("id"), row.getString("language"), row.getInt("pages"),
                            row.getTimestamp("published_at").toInstant());
                    rows.stream().filter(each -> each.id() == booklet).findFirst().ifPresent(each -> each.editions().add(edition));
                });
        return rows;
    }

    /** Renders and keeps a new edition in each language; returns their ids. */
    @Transactional
    List<Long> publish(long bookletId, long adminId) {
        var booklet = db.sql("select office_id, year from knowledge.booklet where id = ?").param(bookletId)
                .query((row, n) -> new long[] {row.getLong("office_id"), row.getLong("year")}).optional().orElseThrow();
        var office = offices.find(booklet[0]).orElseThrow();
        var page = contacts.page(office.id()).orElseThrow();
        var editions = new ArrayList<Long>();
        for (var language : Languages.SUPPORTED) {
            var pdf = renderer.render(content(bookletId, language, office.name(language), (int) booklet[1], page));
            var name = "booklet-" + office.code().toLowerCase(Locale.ROOT) + "-" + booklet[1] + "-" + language.getLanguage() + ".pdf";
            var file = files.save("knowledge", adminId, name, "application/pdf", pdf.bytes());
            editions.add(db.sql("""
                            insert into knowledge.booklet_edition (booklet_id, language, file_id, pages, published_by) values (?, ?, ?, ?, ?)
                            returning id""")
                    .params(bookletId, language.getLanguage(), file.id(), pdf.pages(), adminId).query(Long.class).single());
        }
        return editions;
    }

    BookletRenderer.Content content(long bookletId, Locale language, String officeName, int year, OfficePage page) {
        record Row(long groupId, long categoryId, String language, String title, String summary, String body, List<String> stepTitles,
                List<String> stepBodies) {}
        var rows = db.sql("""
                        select distinct on (i.position) i.group_id, g.category_id, a.language, a.title, a.summary, a.body, a.step_titles, a.step_bodies
                        from knowledge.booklet_item i join knowledge.article_group g on g.id = i.group_id
                        join knowledge.article a on a.group_id = g.id and a.status = 'PUBLISHED'
                        where i.booklet_id = ?
                        order by i.position, a.language = ? desc, array_position(array['fr', 'nl', 'en'], a.language)""")
                .params(bookletId, language.getLanguage())
                .query((row, n) -> new Row(row.getLong("group_id"), row.getLong("category_id"), row.getString("language"), row.getString("title"),
                        row.getString("summary"), row.getString("body"), Versions.strings(row.getArray("step_titles")),
                        Versions.strings(row.getArray("step_bodies"))))
                .list();
        var guides = new ArrayList<BookletRenderer.Chapter>();
        var cooperativeLife = new ArrayList<BookletRenderer.Chapter>();
        for (var row : rows) {
            var steps = new ArrayList<BookletRenderer.Chapter.Step>();
            for (int i = 0; i < row.stepTitles().size(); i++) {
                steps.add(new BookletRenderer.Chapter.Step(row.stepTitles().get(i),
                        bodies.toXhtml(i < row.stepBodies().size() ? row.stepBodies().get(i) : "", this::pictureData)));
            }
            var chapter = new BookletRenderer.Chapter(row.title(), row.language(), row.language().equals(language.getLanguage()), row.summary(),
                    bodies.toXhtml(row.body(), this::pictureData), steps);
            (row.categoryId() == COOPERATIVE_LIFE ? cooperativeLife : guides).add(chapter);
        }
        return new BookletRenderer.Content(language, officeName, year, guides, cooperativeLife, page, contacts.services());
    }

    private Optional<String> pictureData(long fileId) {
        return images.read(fileId).map(content -> "data:" + content.file().contentType() + ";base64,"
                + Base64.getEncoder().encodeToString(content.bytes()));
    }

    /** The file of the newest edition of an office's booklet in a language. */
    Optional<Long> current(long officeId, String language) {
        return db.sql("""
                        select e.file_id from knowledge.booklet_edition e join knowledge.booklet b on b.id = e.booklet_id
                        where b.office_id = ? and e.language = ? order by b.year desc, e.published_at desc, e.id desc limit 1""")
                .params(officeId, language).query(Long.class).optional();
    }

    Optional<Long> editionFile(long editionId) {
        return db.sql("select file_id from knowledge.booklet_edition where id = ?").param(editionId).query(Long.class).optional();
    }

    Optional<FileStore.Content> file(long fileId) {
        return files.read(fileId);
    }
}
