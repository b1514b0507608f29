package coop.agora.knowledge;

import coop.agora.accounts.Members;
import coop.agora.platform.Texts;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** What editors keep an eye on: drafts, reviews due, the most read and the least helpful articles. */
@Service
class EditorsDesk {

    static final int LIST_SIZE = 20;
    /** Fewer answers than this say nothing about an article. */
    static final int MIN_VOTES = 3;
    static final int REVIEW_NOTICE_DAYS = 30;

    private final JdbcClient db;
    private final Members members;
    private final Versions versions;
    private final Texts texts;

    EditorsDesk(JdbcClient db, Members members, Versions versions, Texts texts) {
        this.db = db;
        this.members = members;
        this.versions = versions;
        this.texts = texts;
    }

    private static final String ROW = """
            select a.id, a.group_id, a.language, a.title, a.status = 'PUBLISHED' as published, g.review_before, a.views, a.helpful, a.not_helpful
            from knowledge.article a join knowledge.article_group g on g.id = a.group_id
            """;

    DeskOverview overview(LocalDate today) {
        var drafts = rows(ROW + " where a.status = 'DRAFT' or a.latest_version <> coalesce(a.published_version, 0) order by a.updated_at desc limit ?",
                LIST_SIZE);
        var due = rows(ROW + " where g.review_before <= ? order by g.review_before, a.id limit ?", today.plusDays(REVIEW_NOTICE_DAYS), LIST_SIZE);
        var viewed = rows(ROW + " where a.status = 'PUBLISHED' order by a.views desc, a.id limit ?", LIST_SIZE);
        var unhelpful = rows(ROW + """
                 where a.status = 'PUBLISHED' and a.helpful + a.not_helpful >= ?
                 order by a.helpful::float / (a.helpful + a.not_helpful), a.not_helpful desc, a.id limit ?""", MIN_VOTES, LIST_SIZE);
        return new DeskOverview(drafts, due, viewed, unhelpful);
    }

    private List<DeskRow> rows(String sql, Object... parameters) {
        return db.sql(sql).params(parameters)
                .query((row, n) -> new DeskRow(row.getLong("id"), row.getLong("group_id"), row.getString("language"), row.getString("title"),
                        row.getBoolean("published"), row.getDate("review_before") == null ? null : row.getDate("review_before").toLocalDate(),
                        row.getLong("views"), row.getInt("helpful"), row.getInt("not_helpful")))
                .list();
    }

    List<VersionEntry> history(long articleId, Locale language) {
        var saved = versions.history(articleId);
        var people = new HashSet<Long>();
        saved.forEach(version -> {
            if (version.editorId() != null) {
                people.add(version.editorId());
            }
        });
        var names = members.displayNames(people, language);
        var former = texts.get("knowledge.formerMember", language);
        return saved.stream()
                .map(version -> new VersionEntry(version.number(), version.editorId() == null ? former : names.get(version.editorId()), version.createdAt(),
                        version.title()))
                .toList();
    }
}
