package coop.agora.mentoring;

import coop.agora.accounts.Members;
import coop.agora.directory.DirectoryFacts;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reading offers, requests and mentorships for the pages. */
@Component
class MentoringReads {

    private static final String MENTORSHIP = """
            select x.id, x.request_id, x.mentor_id, x.mentee_id, x.status, r.project, x.asked_at, x.answer_due, x.accepted_at, x.closed_at,
                   x.mentor_feedback, x.mentee_feedback
            from mentoring.mentorship x left join mentoring.mentoring_request r on r.id = x.request_id""";

    private final JdbcClient db;
    private final Members members;
    private final DirectoryFacts directory;

    MentoringReads(JdbcClient db, Members members, DirectoryFacts directory) {
        this.db = db;
        this.members = members;
        this.directory = directory;
    }

    Optional<MentorOffer> offer(long memberId) {
        return db.sql("select capacity, active_count, available from mentoring.mentor where member_id = ?")
                .param(memberId)
                .query((row, number) -> new MentorOffer(row.getInt("capacity"), row.getInt("active_count"), row.getBoolean("available")))
                .optional();
    }

    /** The member's offer as a form to change; a first offer starts from their directory profile's skills. */
    MentorForm offerForm(long memberId, Locale locale) {
        return db.sql("select skill_ids, sectors, languages, town_label, remote, capacity, about from mentoring.mentor where member_id = ?")
                .param(memberId)
                .query((row, number) -> {
                    var skills = Arrays.asList((Long[]) row.getArray("skill_ids").getArray());
                    var labels = directory.labels(skills, locale);
                    return new MentorForm(skills.stream().map(labels::get).toList(), strings(row, "sectors"), strings(row, "languages"),
                            row.getString("town_label"), row.getBoolean("remote") ? "on" : "", String.valueOf(row.getInt("capacity")),
                            row.getString("about"));
                })
                .optional()
                .orElseGet(() -> new MentorForm(directory.skillsOf(memberId, locale).stream().map(DirectoryFacts.SkillName::label).toList(),
                        List.of(), List.of(locale.getLanguage()), "", "", "2", ""));
    }

    Optional<RequestView> request(long id) {
        return db.sql("select id, mentee_id, project, status, remote_ok, created_at from mentoring.mentoring_request where id = ?")
                .param(id)
                .query(MentoringReads::requestView)
                .optional();
    }

    List<RequestView> requestsOf(long menteeId) {
        return db.sql("select id, mentee_id, project, status, remote_ok, created_at from mentoring.mentoring_request where mentee_id = ? order by id desc")
                .param(menteeId)
                .query(MentoringReads::requestView)
                .list();
    }

    Optional<MentorshipView> mentorship(long id, Locale locale) {
        return named(db.sql(MENTORSHIP + " where x.id = ?").param(id).query(Row::of).list(), locale).stream().findFirst();
    }

    /** The member's mentorships, as mentor or mentee, the ones waiting for an answer first. */
    List<MentorshipView> mentorshipsOf(long memberId, Locale locale) {
        return named(db.sql(MENTORSHIP + """
                         where x.mentor_id = ? or x.mentee_id = ?
                        order by x.status = 'REQUESTED' desc, x.status = 'ACTIVE' desc, x.asked_at desc, x.id desc limit 100""")
                .params(memberId, memberId)
                .query(Row::of)
                .list(), locale);
    }

    List<LogEntry> logs(long mentorshipId, Locale locale) {
        record Line(long id, java.time.LocalDate heldOn, @Nullable Long authorId, String note) {}
        var lines = db.sql("select id, held_on, author_id, note from mentoring.session_log where mentorship_id = ? order by held_on, id")
                .param(mentorshipId)
                .query((row, number) -> new Line(row.getLong("id"), row.getDate("held_on").toLocalDate(), row.getObject("author_id", Long.class),
                        row.getString("note")))
                .list();
        var names = members.displayNames(lines.stream().map(line -> line.authorId() == null ? -1L : line.authorId()).toList(), locale);
        return lines.stream().map(line -> new LogEntry(line.id(), line.heldOn(), names.get(line.authorId() == null ? -1L : line.authorId()),
                line.note())).toList();
    }

    Figures figures() {
        return db.sql("""
                        select (select count(*) from mentoring.mentor) as mentors,
                               (select count(*) from mentoring.mentor where available) as available_mentors,
                               (select coalesce(sum(capacity), 0) from mentoring.mentor where available) as capacity,
                               (select coalesce(sum(active_count), 0) from mentoring.mentor where available) as capacity_used,
                               (select count(*) from mentoring.mentoring_request where status = 'OPEN') as open_requests,
                               (select count(*) from mentoring.mentorship where status = 'REQUESTED') as waiting_answers,
                               (select count(*) from mentoring.mentorship where status = 'ACTIVE') as active,
                               (select count(*) from mentoring.mentorship where status = 'ENDED') as ended,
                               (select count(*) from mentoring.mentorship where status = 'DECLINED') as declined,
                               (select count(*) from mentoring.mentorship where status = 'EXPIRED') as expired,
                               (select (avg(extract(epoch from accepted_at - asked_at)) / 86400.0)::float8 from mentoring.mentorship
                                where accepted_at is not null) as average_days""")
                .query((row, number) -> new Figures(row.getLong("mentors"), row.getLong("available_mentors"), row.getLong("capacity"),
                        row.getLong("capacity_used"), row.getLong("open_requests"), row.getLong("waiting_answers"), row.getLong("active"),
                        row.getLong("ended"), row.getLong("declined"), row.getLong("expired"), row.getObject("average_days", Double.class)))
                .single();
    }

    private record Row(long id, @Nullable Long requestId, @Nullable Long mentorId, @Nullable Long menteeId, String status, @Nullable String project,
            java.time.Instant askedAt, java.time.Instant answerDue, java.time.@Nullable Instant acceptedAt, java.time.@Nullable Instant closedAt,
            @Nullable String mentorFeedback, @Nullable String menteeFeedback) {

        static Row of(ResultSet row, int number) throws SQLException {
            var accepted = row.getTimestamp("accepted_at");
            var closed = row.getTimestamp("closed_at");
            return new Row(row.getLong("id"), row.getObject("request_id", Long.class), row.getObject("mentor_id", Long.class),
                    row.getObject("mentee_id", Long.class), row.getString("status"), row.getString("project"),
                    row.getTimestamp("asked_at").toInstant(), row.getTimestamp("answer_due").toInstant(),
                    accepted == null ? null : accepted.toInstant(), closed == null ? null : closed.toInstant(), row.getString("mentor_feedback"),
                    row.getString("mentee_feedback"));
        }
    }

    private List<MentorshipView> named(List<Row> rows, Locale locale) {
        var people = new HashSet<Long>();
        people.add(-1L);
        rows.forEach(row -> {
            if (row.mentorId() != null) {
                people.add(row.mentorId());
            }
            if (row.menteeId() != null) {
                people.add(row.menteeId());
            }
        });
        var names = members.displayNames(people, locale);
        var views = new ArrayList<MentorshipView>();
        for (var row : rows) {
            views.add(new MentorshipView(row.id(), row.requestId(), row.mentorId(), row.menteeId(),
                    names.get(row.mentorId() == null ? -1L : row.mentorId()), names.get(row.menteeId() == null ? -1L : row.menteeId()),
                    row.status(), row.project(), row.askedAt(), row.answerDue(), row.acceptedAt(), row.closedAt(), row.mentorFeedback(),
                    row.menteeFeedback()));
        }
        return views;
    }

    private static RequestView requestView(ResultSet row, int number) throws SQLException {
        return new RequestView(row.getLong("id"), row.getLong("mentee_id"), row.getString("project"), row.getString("status"),
                row.getBoolean("remote_ok"), row.getTimestamp("created_at").toInstant());
    }

    private static List<String> strings(ResultSet row, String column) throws SQLException {
        return Arrays.asList((String[]) row.getArray(column).getArray());
    }
}
