package coop.agora.recommendations;

import coop.agora.accounts.Members;
import coop.agora.offices.CoopService;
import coop.agora.offices.OfficeContacts;
import coop.agora.platform.Markdown;
import coop.agora.platform.Texts;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** The tracker as the public reads it: lists with counts, a recommendation's page, the dashboard. */
@Service
class TrackerReads {

    private final JdbcClient db;
    private final OfficeContacts contacts;
    private final Members members;
    private final Markdown markdown;
    private final Texts texts;

    TrackerReads(JdbcClient db, OfficeContacts contacts, Members members, Markdown markdown, Texts texts) {
        this.db = db;
        this.contacts = contacts;
        this.members = members;
        this.markdown = markdown;
        this.texts = texts;
    }

    /** The filters of a list; a null filter lets everything through. */
    record Filter(@Nullable Long cycle, @Nullable Long theme, @Nullable Status status, @Nullable Long service) {}

    List<CycleLine> cycles() {
        return db.sql("""
                        select c.id, c.name, c.topic, c.demo, (select count(*) from recommendations.recommendation r where r.cycle_id = c.id) as count
                        from recommendations.cycle c order by c.name desc, c.id desc""")
                .query(CycleLine.class)
                .list();
    }

    Map<Long, CoopService> services() {
        return contacts.services().stream().collect(Collectors.toMap(CoopService::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
    }

    /** The recommendations of the chosen cycle (the latest if none is chosen) that pass the filters. */
    Listing list(Filter filter, Locale language) {
        var cycles = cycles();
        var cycle = cycles.stream().filter(line -> filter.cycle() == null || line.id() == filter.cycle()).findFirst().orElse(null);
        if (cycle == null) {
            return new Listing(null, cycles, List.of(), List.of(), List.of(), List.of(), 0);
        }
        var services = services();
        var lines = db.sql("""
                        select r.id, r.number, r.title_fr, r.title_nl, r.title_en, r.theme_id, t.name_fr, t.name_nl, t.name_en,
                               r.status, r.progress, r.service_id, r.updated_at
                        from recommendations.recommendation r left join recommendations.theme t on t.id = r.theme_id
                        where r.cycle_id = ? order by r.number""")
                .param(cycle.id())
                .query((row, n) -> {
                    var service = services.get((Long) row.getObject("service_id"));
                    var theme = Translated.of(language, row.getString("name_fr"), row.getString("name_nl"), row.getString("name_en"));
                    return new ListLine(row.getLong("id"), row.getInt("number"),
                            Translated.of(language, row.getString("title_fr"), row.getString("title_nl"), row.getString("title_en")),
                            (Long) row.getObject("theme_id"), theme.empty() ? null : theme.text(), Status.valueOf(row.getString("status")),
                            row.getInt("progress"), service == null ? null : service.id(), service == null ? null : service.name(language),
                            row.getTimestamp("updated_at").toInstant());
                })
                .list();
        Predicate<ListLine> byTheme = line -> filter.theme() == null || filter.theme().equals(line.themeId());
        Predicate<ListLine> byStatus = line -> filter.status() == null || filter.status() == line.status();
        Predicate<ListLine> byService = line -> filter.service() == null || filter.service().equals(line.serviceId());
        var themes = facets(lines, byStatus.and(byService), line -> line.themeId() == null ? null : String.valueOf(line.themeId()),
                line -> line.theme() == null ? "" : line.theme(), filter.theme() == null ? null : String.valueOf(filter.theme()));
        var statuses = new ArrayList<Facet>();
        for (var status : Status.values()) {
            var count = (int) lines.stream().filter(byTheme.and(byService)).filter(line -> line.status() == status).count();
            statuses.add(new Facet(status.name(), texts.get(status.key(), language), count, status == filter.status()));
        }
        var serviceFacets = facets(lines, byTheme.and(byStatus), line -> line.serviceId() == null ? null : String.valueOf(line.serviceId()),
                line -> line.service() == null ? "" : line.service(), filter.service() == null ? null : String.valueOf(filter.service()));
        var shown = lines.stream().filter(byTheme.and(byStatus).and(byService)).toList();
        return new Listing(cycle, cycles, themes, statuses, serviceFacets, shown, lines.size());
    }

    private static List<Facet> facets(List<ListLine> lines, Predicate<ListLine> others, Function<ListLine, @Nullable String> value,
            Function<ListLine, String> label, @Nullable String chosen) {
        var counts = new LinkedHashMap<String, Facet>();
        for (var line : lines) {
            var key = value.apply(line);
            if (key == null) {
                continue;
            }
            var previous = counts.get(key);
            var matches = others.test(line) ? 1 : 0;
            counts.put(key, new Facet(key, label.apply(line), (previous == null ? 0 : previous.count()) + matches, key.equals(chosen)));
        }
        return counts.values().stream().sorted(Comparator.comparing(Facet::label)).toList();
    }

    Optional<RecommendationPage> page(long id, Locale language, @Nullable Long viewerId, boolean staff) {
        var services = services();
        var found = db.sql("""
                        select r.*, c.name as cycle_name, c.demo, t.name_fr as theme_fr, t.name_nl as theme_nl, t.name_en as theme_en
                        from recommendations.recommendation r
                        join recommendations.cycle c on c.id = r.cycle_id
                        left join recommendations.theme t on t.id = r.theme_id
                        where r.id = ?""")
                .param(id)
                .query((row, n) -> view(row, language, services))
                .optional();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        var subPoints = db.sql("select letter, text_fr, text_nl, text_en from recommendations.sub_point where recommendation_id = ? order by letter")
                .param(id)
                .query((row, n) -> {
                    var text = Translated.of(language, row.getString("text_fr"), row.getString("text_nl"), row.getString("text_en"));
                    return new SubPointView(row.getString("letter"), text, markdown.toSafeHtml(text.text()));
                })
                .list();
        var refersTo = db.sql("""
                        select r.id, r.number, x.to_letter as letter, r.title_fr, r.title_nl, r.title_en
                        from recommendations.reference x join recommendations.recommendation r on r.id = x.to_id
                        where x.from_id = ? order by r.number, x.to_letter""")
                .param(id)
                .query((row, n) -> reference(row, language))
                .list();
        var referredBy = db.sql("""
                        select distinct r.id, r.number, '' as letter, r.title_fr, r.title_nl, r.title_en
                        from recommendations.reference x join recommendations.recommendation r on r.id = x.from_id
                        where x.to_id = ? order by r.number""")
                .param(id)
                .query((row, n) -> reference(row, language))
                .list();
        var milestones = db.sql("select id, title, due_on, done_on from recommendations.milestone where recommendation_id = ? order by due_on, id")
                .param(id)
                .query((row, n) -> new MilestoneView(row.getLong("id"), row.getString("title"), row.getDate("due_on").toLocalDate(),
                        row.getDate("done_on") == null ? null : row.getDate("done_on").toLocalDate()))
                .list();
        var links = db.sql("select kind, title, url from recommendations.related_link where recommendation_id = ? order by kind, id")
                .param(id)
                .query((row, n) -> new LinkView(LinkKind.valueOf(row.getString("kind")), row.getString("title"), row.getString("url")))
                .list();
        var history = db.sql("""
                        select id, at, actor_role, service_id, kind, old_status, new_status, old_progress, new_progress,
                               old_service_id, new_service_id, detail, note
                        from recommendations.change where recommendation_id = ? order by at desc, id desc""")
                .param(id)
                .query((row, n) -> history(row, language, services))
                .list();
        record Comment(long id, @Nullable Long author, String html, Instant at, boolean hidden) {}
        var comments = db.sql("""
                        select id, author_id, body_html, created_at, hidden_at is not null as hidden
                        from recommendations.comment where recommendation_id = ? and (hidden_at is null or ?) order by id""")
                .params(id, staff)
                .query((row, n) -> new Comment(row.getLong("id"), (Long) row.getObject("author_id"), row.getString("body_html"),
                        row.getTimestamp("created_at").toInstant(), row.getBoolean("hidden")))
                .list();
        var names = members.displayNames(comments.stream().map(comment -> comment.author() == null ? -1L : comment.author()).distinct().toList(),
                language);
        var commentViews = comments.stream()
                .map(comment -> new CommentView(comment.id(), names.get(comment.author() == null ? -1L : comment.author()), comment.html(),
                        comment.at(), comment.hidden()))
                .toList();
        var followers = db.sql("select count(*) from recommendations.follower where recommendation_id = ?").param(id).query(Integer.class).single();
        var following = viewerId != null && db.sql("select exists (select 1 from recommendations.follower where recommendation_id = ? and member_id = ?)")
                .params(id, viewerId).query(Boolean.class).single();
        return Optional.of(new RecommendationPage(found.get(), subPoints, refersTo, referredBy, milestones, links, history, commentViews,
                followers, following));
    }

    private RecommendationView view(ResultSet row, Locale language, Map<Long, CoopService> services) throws SQLException {
        var text = Translated.of(language, row.getString("text_fr"), row.getString("text_nl"), row.getString("text_en"));
        var theme = Translated.of(language, row.getString("theme_fr"), row.getString("theme_nl"), row.getString("theme_en"));
        var service = services.get((Long) row.getObject("service_id"));
        return new RecommendationView(row.getLong("id"), row.getLong("cycle_id"), row.getString("cycle_name"), row.getBoolean("demo"),
                row.getInt("number"), Translated.of(language, row.getString("title_fr"), row.getString("title_nl"), row.getString("title_en")),
                text, markdown.toSafeHtml(text.text()), theme.empty() ? null : theme.text(),
                Arrays.asList((String[]) row.getArray("working_groups").getArray()), Status.valueOf(row.getString("status")),
                row.getInt("progress"), service == null ? null : service.id(), service == null ? null : service.name(language),
                row.getString("decline_reason"), row.getTimestamp("created_at").toInstant(), row.getTimestamp("updated_at").toInstant());
    }

    private static ReferenceView reference(ResultSet row, Locale language) throws SQLException {
        return new ReferenceView(row.getLong("id"), row.getInt("number"), row.getString("letter"),
                Translated.of(language, row.getString("title_fr"), row.getString("title_nl"), row.getString("title_en")));
    }

    private HistoryLine history(ResultSet row, Locale language, Map<Long, CoopService> services) throws SQLException {
        var service = services.get((Long) row.getObject("service_id"));
        var newService = services.get((Long) row.getObject("new_service_id"));
        var oldServiceId = (Long) row.getObject("old_service_id");
        var newServiceId = (Long) row.getObject("new_service_id");
        var kind = row.getString("kind");
        return new HistoryLine(row.getLong("id"), row.getTimestamp("at").toInstant(), row.getString("actor_role"),
                service == null ? null : service.name(language), kind, status(row.getString("old_status")), status(row.getString("new_status")),
                (Integer) row.getObject("old_progress"), (Integer) row.getObject("new_progress"),
                kind.equals("UPDATE") && !java.util.Objects.equals(oldServiceId, newServiceId),
                newService == null ? null : newService.name(language), row.getString("detail"), row.getString("note"));
    }

    private static @Nullable Status status(@Nullable String value) {
        return value == null ? null : Status.valueOf(value);
    }

    /** Every cycle's follow-up, as of now: three grouped queries whatever the number of recommendations. */
    List<DashboardLine> dashboard(Locale language, Instant now) {
        var cycles = cycles();
        var counts = new LinkedHashMap<Long, Map<Status, Integer>>();
        db.sql("select cycle_id, status, count(*) as n from recommendations.recommendation group by cycle_id, status")
                .query(row -> {
                    counts.computeIfAbsent(row.getLong("cycle_id"), id -> new EnumMap<>(Status.class))
                            .put(Status.valueOf(row.getString("status")), row.getInt("n"));
                });
        var ages = new LinkedHashMap<Long, Double>();
        db.sql("""
                        select cycle_id, avg(extract(epoch from (? - created_at))) / 86400 as days
                        from recommendations.recommendation where status not in ('DONE', 'DECLINED') group by cycle_id""")
                .param(java.sql.Timestamp.from(now))
                .query(row -> {
                    ages.put(row.getLong("cycle_id"), row.getDouble("days"));
                });
        var oldest = new LinkedHashMap<Long, DashboardLine.Stale>();
        db.sql("""
                        select distinct on (cycle_id) cycle_id, id, number, title_fr, title_nl, title_en, updated_at
                        from recommendations.recommendation where status not in ('DONE', 'DECLINED')
                        order by cycle_id, updated_at, number""")
                .query(row -> {
                    var updated = row.getTimestamp("updated_at").toInstant();
                    oldest.put(row.getLong("cycle_id"), new DashboardLine.Stale(row.getLong("id"), row.getInt("number"),
                            Translated.of(language, row.getString("title_fr"), row.getString("title_nl"), row.getString("title_en")), updated,
                            Math.max(0, Duration.between(updated, now).toDays())));
                });
        return cycles.stream()
                .map(cycle -> new DashboardLine(cycle, counts.getOrDefault(cycle.id(), Map.of()), ages.get(cycle.id()), oldest.get(cycle.id())))
                .toList();
    }

    /** A recommendation's title and text in one language, as they are, for staff to write or correct them. */
    Optional<TextForm> texts(long id, String language) {
        return db.sql("select title_" + language + " as title, text_" + language + " as text from recommendations.recommendation where id = ?")
                .param(id)
                .query((row, n) -> new TextForm(language, row.getString("title"), row.getString("text")))
                .optional();
    }
}
