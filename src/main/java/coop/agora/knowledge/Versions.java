package coop.agora.knowledge;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Every text saved for a translation, numbered from 1, never changed afterwards. */
@Repository
class Versions {

    private final JdbcClient db;

    Versions(JdbcClient db) {
        this.db = db;
    }

    /** A saved version as listed in the history. */
    record Saved(int number, @Nullable Long editorId, Instant createdAt, String title) {}

    void add(long articleId, int number, ArticleText text, long editorId) {
        db.sql("""
                        insert into knowledge.article_version (article_id, number, title, summary, body, step_titles, step_bodies, tags, editor_id)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(articleId, number, text.title(), text.summary(), text.body(),
                        text.steps().stream().map(ArticleText.Step::title).toArray(String[]::new),
                        text.steps().stream().map(ArticleText.Step::body).toArray(String[]::new),
                        text.tags().toArray(String[]::new), editorId)
                .update();
    }

    Optional<ArticleText> text(long articleId, int number) {
        return db.sql("select title, summary, body, step_titles, step_bodies, tags from knowledge.article_version where article_id = ? and number = ?")
                .params(articleId, number)
                .query((row, n) -> text(row))
                .optional();
    }

    List<Saved> history(long articleId) {
        return db.sql("select number, editor_id, created_at, title from knowledge.article_version where article_id = ? order by number desc")
                .param(articleId)
                .query((row, n) -> new Saved(row.getInt("number"), (Long) row.getObject("editor_id"), row.getTimestamp("created_at").toInstant(),
                        row.getString("title")))
                .list();
    }

    static ArticleText text(ResultSet row) throws SQLException {
        var titles = strings(row.getArray("step_titles"));
        var bodies = strings(row.getArray("step_bodies"));
        var steps = new ArrayList<ArticleText.Step>();
        for (int i = 0; i < titles.size(); i++) {
            steps.add(new ArticleText.Step(titles.get(i), i < bodies.size() ? bodies.get(i) : ""));
        }
        return new ArticleText(row.getString("title"), row.getString("summary"), row.getString("body"), steps, strings(row.getArray("tags")));
    }

    static List<String> strings(@Nullable Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
