package coop.agora.knowledge;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.TaskDescriptor;
import coop.agora.offices.OfficeContacts;
import coop.agora.offices.OfficePage;
import coop.agora.offices.Offices;
import coop.agora.platform.FileStore;
import coop.agora.platform.Languages;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Welcome booklets: per office and year, the guides an admin chose, published as one PDF per
 * language. Every publication is a new edition, typeset in the background; members download the
 * latest of their office.
 */
@Service
class Booklets {

    static final TaskDescriptor<Long> TYPESETTING = TaskDescriptor.of("knowledge-booklet-typesetting", Long.class);
    private static final Logger log = LoggerFactory.getLogger(Booklets.class);

    /** The category whose guides make the cooperative-life section. */
    static final long COOPERATIVE_LIFE = 6;

    private final JdbcClient db;
    private final Offices offices;
    private final OfficeContacts contacts;
    private final BookletRenderer renderer;
    private final ArticleBody bodies;
    private final KnowledgeImages images;
    private final FileStore files;
    private final ObjectProvider<SchedulerClient> scheduler;
    private final TransactionTemplate transactions;

    Booklets(JdbcClient db, Offices offices, OfficeContacts contacts, BookletRenderer renderer, ArticleBody bodies, KnowledgeImages images,
            FileStore files, ObjectProvider<SchedulerClient> scheduler, TransactionTemplate transactions) {
        this.scheduler = scheduler;
        this.transactions = transactions;
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
        var latest = new HashMap<Long, BookletPublication>();
        db.sql("""
                        select distinct on (booklet_id) booklet_id, id, status, failure, requested_at from knowledge.booklet_publication
                        order by booklet_id, requested_at desc, id desc""")
                .query(row -> {
                    latest.put(row.getLong("booklet_id"), new BookletPublication(row.getLong("id"),
                            BookletPublication.Status.valueOf(row.getString("status")), row.getString("failure"),
                            row.getTimestamp("requested_at").toInstant()));
                });
        var rows = db.sql("""
                        select b.id, b.office_id, b.year, (select count(*) from knowledge.booklet_item i where i.booklet_id = b.id) as guides
                        from knowledge.booklet b order by b.year desc, b.office_id""")
                .query((row, n) -> new BookletRow(row.getLong("id"), row.getLong("office_id"), row.getInt("year"), row.getInt("guides"), new ArrayList<>(),
                        latest.get(row.getLong("id"))))
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

    /**
     * Asks for a new edition in each language and returns at once: a background job typesets them.
     * Returns the request's id.
     */
    @Transactional
    long publish(long bookletId, long adminId) {
        var id = db.sql("insert into knowledge.booklet_publication (booklet_id, requested_by) values (?, ?) returning id")
                .params(bookletId, adminId).query(Long.class).single();
        // The scheduler joins this transaction: the job exists only if the request does.
        scheduler.getObject().schedule(TYPESETTING.instance(String.valueOf(id)).data(id).scheduledTo(Instant.now()));
        return id;
    }

    /**
     * Typesets the three languages of a requested edition and keeps them, or records why it could
     * not. Runs in the background job; a request already done is left alone.
     */
    void typeset(long publicationId) {
        try {
            transactions.executeWithoutResult(status -> typesetLocked(publicationId));
        } catch (RuntimeException e) {
            log.error("Typesetting the booklet edition {} failed", publicationId, e);
            var reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            db.sql("update knowledge.booklet_publication set status = 'FAILED', failure = ?, finished_at = now() where id = ? and status = 'PREPARING'")
                    .params(reason, publicationId).update();
        }
    }

    /** Holds the request's row while typesetting, so that a second run of the same request waits and then finds it done. */
    private void typesetLocked(long publicationId) {
        record Request(long bookletId, @Nullable Long adminId, long officeId, int year) {}
        var request = db.sql("""
                        select p.booklet_id, p.requested_by, b.office_id, b.year
                        from knowledge.booklet_publication p join knowledge.booklet b on b.id = p.booklet_id
                        where p.id = ? and p.status = 'PREPARING' for update of p""")
                .param(publicationId)
                .query((row, n) -> new Request(row.getLong("booklet_id"), (Long) row.getObject("requested_by"), row.getLong("office_id"),
                        row.getInt("year")))
                .optional();
        if (request.isEmpty()) {
            return;
        }
        var booklet = request.get();
        var office = offices.find(booklet.officeId()).orElseThrow(() -> new IllegalStateException("office " + booklet.officeId() + " no longer exists"));
        var page = contacts.page(office.id()).orElseThrow(() -> new IllegalStateException("office " + office.code() + " has no contact page"));
        var adminId = booklet.adminId();
        if (adminId == null) {
            throw new IllegalStateException("the account that asked for this edition was erased");
        }
        var contents = Languages.SUPPORTED.stream()
                .map(language -> content(booklet.bookletId(), language, office.name(language), booklet.year(), page))
                .toList();
        var pdfs = renderer.render(contents);
        for (int i = 0; i < contents.size(); i++) {
            var language = contents.get(i).language().getLanguage();
            var pdf = pdfs.get(i);
            var name = "booklet-" + office.code().toLowerCase(Locale.ROOT) + "-" + booklet.year() + "-" + language + ".pdf";
            var file = files.save("knowledge", adminId, name, "application/pdf", pdf.bytes());
            db.sql("insert into knowledge.booklet_edition (booklet_id, language, file_id, pages, published_by) values (?, ?, ?, ?, ?)")
                    .params(booklet.bookletId(), language, file.id(), pdf.pages(), adminId).update();
        }
        db.sql("update knowledge.booklet_publication set status = 'READY', finished_at = now() where id = ?").param(publicationId).update();
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
