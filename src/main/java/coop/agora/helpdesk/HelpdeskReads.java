package coop.agora.helpdesk;

import coop.agora.accounts.Members;
import coop.agora.accounts.Pole;
import coop.agora.offices.Offices;
import coop.agora.platform.Markdown;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** What the help desk pages show, read in few queries with names added in one batch. */
@Service
class HelpdeskReads {

    static final int PAGE = 25;

    private final JdbcClient db;
    private final Members members;
    private final Offices offices;
    private final Markdown markdown;
    private final Promise promise;
    private final Attachments attachments;

    HelpdeskReads(JdbcClient db, Members members, Offices offices, Markdown markdown, Promise promise, Attachments attachments) {
        this.db = db;
        this.members = members;
        this.offices = offices;
        this.markdown = markdown;
        this.promise = promise;
        this.attachments = attachments;
    }

    /** A page of lines and the cursor of the next one, if any. */
    record LinePage(List<RequestLine> lines, @Nullable String next) {}

    private record Raw(long id, @Nullable Long memberId, String subject, String nameFr, String nameNl, String nameEn, long officeId,
            RequestStatus status, LocalDate dueOn, Instant receivedAt, @Nullable Long assigneeId) {

        static Raw of(ResultSet row) throws SQLException {
            return new Raw(row.getLong("id"), (Long) row.getObject("member_id"), row.getString("subject"), row.getString("name_fr"),
                    row.getString("name_nl"), row.getString("name_en"), row.getLong("office_id"), RequestStatus.valueOf(row.getString("status")),
                    row.getObject("due_on", LocalDate.class), row.getTimestamp("received_at").toInstant(), (Long) row.getObject("assignee_id"));
        }

        String topicName(Locale language) {
            return switch (language.getLanguage()) {
                case "nl" -> nameNl;
                case "en" -> nameEn;
                default -> nameFr;
            };
        }
    }

    static final String LINE_COLUMNS = """
            r.id, r.member_id, r.subject, t.name_fr, t.name_nl, t.name_en, r.office_id, r.status, r.due_on, r.received_at, r.assignee_id""";

    LinePage myRequests(long memberId, @Nullable Long before, Locale language) {
        var raws = db.sql("select " + LINE_COLUMNS + """
                         from helpdesk.request r join helpdesk.topic t on t.id = r.topic_id
                        where r.member_id = ? and r.id < ? order by r.id desc limit ?""")
                .params(memberId, before == null ? Long.MAX_VALUE : before, PAGE + 1)
                .query((row, n) -> Raw.of(row))
                .list();
        var more = raws.size() > PAGE;
        var shown = more ? raws.subList(0, PAGE) : raws;
        return new LinePage(lines(shown, language), more ? String.valueOf(shown.get(shown.size() - 1).id()) : null);
    }

    private List<RequestLine> lines(List<Raw> raws, Locale language) {
        // Id 0 is nobody's: its name is "former member", for requests whose member erased their account.
        var people = new HashSet<Long>(List.of(0L));
        raws.forEach(raw -> {
            if (raw.memberId() != null) {
                people.add(raw.memberId());
            }
            if (raw.assigneeId() != null) {
                people.add(raw.assigneeId());
            }
        });
        var names = members.displayNames(people, language);
        var former = names.get(0L);
        var lines = new ArrayList<RequestLine>(raws.size());
        for (var raw : raws) {
            var today = promise.today(raw.officeId());
            lines.add(new RequestLine(
                    raw.id(),
                    raw.subject(),
                    raw.topicName(language),
                    officeName(raw.officeId(), language),
                    raw.status(),
                    raw.dueOn(),
                    raw.receivedAt(),
                    raw.assigneeId() == null ? null : names.get(raw.assigneeId()),
                    raw.memberId() == null ? former : names.get(raw.memberId()),
                    promise.urgency(raw.officeId(), raw.status(), raw.dueOn(), today)));
        }
        return lines;
    }

    Optional<RequestView> request(long id, Locale language) {
        return db.sql("select r.*, t.name_fr, t.name_nl, t.name_en from helpdesk.request r join helpdesk.topic t on t.id = r.topic_id where r.id = ?")
                .param(id)
                .query((row, n) -> {
                    var memberId = (Long) row.getObject("member_id");
                    var assigneeId = (Long) row.getObject("assignee_id");
                    var people = new HashSet<Long>();
                    people.add(memberId == null ? 0L : memberId);
                    if (assigneeId != null) {
                        people.add(assigneeId);
                    }
                    var names = members.displayNames(people, language);
                    var officeId = row.getLong("office_id");
                    var status = RequestStatus.valueOf(row.getString("status"));
                    var due = row.getObject("due_on", LocalDate.class);
                    var closedAt = row.getTimestamp("closed_at");
                    var mergedInto = (Long) row.getObject("merged_into");
                    return new RequestView(
                            row.getLong("id"),
                            memberId,
                            // Someone without an account who wrote by mail is known by their address, to advisors only.
                            memberId == null && row.getString("mail_address") != null ? row.getString("mail_address")
                                    : names.get(memberId == null ? 0L : memberId),
                            row.getLong("topic_id"),
                            switch (language.getLanguage()) {
                                case "nl" -> row.getString("name_nl");
                                case "en" -> row.getString("name_en");
                                default -> row.getString("name_fr");
                            },
                            Pole.valueOf(row.getString("pole")),
                            officeId,
                            officeName(officeId, language),
                            Channel.valueOf(row.getString("channel")),
                            row.getString("subject"),
                            status,
                            row.getTimestamp("received_at").toInstant(),
                            due,
                            assigneeId,
                            assigneeId == null ? null : names.get(assigneeId),
                            promise.urgency(officeId, status, due, promise.today(officeId)),
                            closedAt == null ? null : closedAt.toInstant(),
                            status == RequestStatus.CLOSED && mergedInto == null
                                    && closedAt != null && closedAt.toInstant().plus(HelpDesk.REOPEN_WINDOW).isAfter(Instant.now()),
                            mergedInto,
                            row.getTimestamp("callback_at") == null ? null : row.getTimestamp("callback_at").toInstant());
                })
                .optional();
    }

    /** The conversation, oldest first; internal notes only when asked for, that is for advisors. */
    /**
     * A page of a queue, the oldest promise first. Open requests only, so that the partial indexes
     * on pole and office or on the assignee serve it whatever the size of the history.
     */
    LinePage queue(QueueFilter filter, long viewerId, QueueFilter.@Nullable Cursor after, Locale language) {
        var where = new StringBuilder(" where r.status <> 'CLOSED' and r.merged_into is null");
        var params = new ArrayList<Object>();
        if (filter.pole() != null) {
            where.append(" and r.pole = ?");
            params.add(filter.pole().name());
        }
        if (filter.officeId() != null) {
            where.append(" and r.office_id = ?");
            params.add(filter.officeId());
        }
        if (filter.status() != null) {
            where.append(" and r.status = ?");
            params.add(filter.status().name());
        }
        if (filter.topicId() != null) {
            where.append(" and r.topic_id = ?");
            params.add(filter.topicId());
        }
        switch (filter.assignee()) {
            case "" -> { }
            case "none" -> where.append(" and r.assignee_id is null");
            case "me" -> {
                where.append(" and r.assignee_id = ?");
                params.add(viewerId);
            }
            default -> {
                where.append(" and r.assignee_id = ?");
                params.add(Long.valueOf(filter.assignee()));
            }
        }
        var now = Instant.now();
        if (!filter.due().isEmpty()) {
            where.append(" and r.status in ('RECEIVED', 'IN_PROGRESS') and r.due_on <= ?");
            params.add(filter.due().equals("breached")
                    ? promise.dayAt(1, now).minusDays(1)
                    : offices.all().stream().map(office -> promise.atRiskUntil(office.id(), now)).max(LocalDate::compareTo).orElseThrow());
        }
        if (after != null) {
            where.append(" and (r.due_on, r.id) > (?, ?)");
            params.add(after.due());
            params.add(after.id());
        }
        params.add(PAGE + 1);
        var raws = db.sql("select " + LINE_COLUMNS + " from helpdesk.request r join helpdesk.topic t on t.id = r.topic_id"
                        + where + " order by r.due_on, r.id limit ?")
                .params(params)
                .query((row, n) -> Raw.of(row))
                .list();
        var more = raws.size() > PAGE;
        var shown = more ? raws.subList(0, PAGE) : raws;
        var lines = lines(shown, language);
        if (!filter.due().isEmpty()) {
            // Offices of the two countries may differ on whether tomorrow is a working day.
            var wanted = filter.due().equals("breached") ? Urgency.BREACHED : Urgency.AT_RISK;
            lines = lines.stream().filter(line -> line.urgency() == wanted || (wanted == Urgency.AT_RISK && line.urgency() == Urgency.BREACHED)).toList();
        }
        var last = shown.isEmpty() ? null : shown.get(shown.size() - 1);
        return new LinePage(lines, more && last != null ? new QueueFilter.Cursor(last.dueOn(), last.id()).toString() : null);
    }

    /** The member's other requests, newest first, for the advisor's request page. */
    List<RequestLine> othersOfMember(long memberId, long exceptId, Locale language) {
        var raws = db.sql("select " + LINE_COLUMNS + """
                         from helpdesk.request r join helpdesk.topic t on t.id = r.topic_id
                        where r.member_id = ? and r.id <> ? order by r.id desc limit 10""")
                .params(memberId, exceptId)
                .query((row, n) -> Raw.of(row))
                .list();
        return lines(raws, language);
    }

    List<MessageView> messages(long requestId, boolean withNotes, Locale language) {
        var files = attachments.ofRequest(requestId).stream().collect(Collectors.groupingBy(AttachedFile::messageId));
        record Row(long id, @Nullable Long authorId, MessageKind kind, String body, Instant createdAt) {}
        var rows = db.sql("select id, author_id, kind, body, created_at from helpdesk.message where request_id = ? "
                        + (withNotes ? "" : "and kind <> 'NOTE' ") + "order by id")
                .param(requestId)
                .query(Row.class)
                .list();
        var names = members.displayNames(rows.stream().map(r -> r.authorId() == null ? 0L : r.authorId()).collect(Collectors.toSet()), language);
        var mailAddress = db.sql("select mail_address from helpdesk.request where id = ? and member_id is null and mail_address is not null")
                .param(requestId).query(String.class).optional().orElse(null);
        return rows.stream()
                .map(r -> new MessageView(r.id(), r.authorId(),
                        r.authorId() == null && r.kind() == MessageKind.MEMBER && mailAddress != null ? mailAddress
                                : names.get(r.authorId() == null ? 0L : r.authorId()), r.kind(),
                        markdown.toSafeHtml(r.body()), r.createdAt(), files.getOrDefault(r.id(), List.of())))
                .toList();
    }

    List<DueChange> dueChanges(long requestId) {
        return db.sql("select previous_due, new_due, reason, paused_from, created_at from helpdesk.due_change where request_id = ? order by id")
                .param(requestId)
                .query(DueChange.class)
                .list();
    }

    String officeName(long officeId, Locale language) {
        return offices.find(officeId).map(office -> office.name(language)).orElse("");
    }
}
