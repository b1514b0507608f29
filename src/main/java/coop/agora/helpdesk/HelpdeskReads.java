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
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
    private final Presence presence;

    HelpdeskReads(JdbcClient db, Members members, Offices offices, Markdown markdown, Promise promise, Presence presence) {
        this.db = db;
        this.members = members;
        this.offices = offices;
        this.markdown = markdown;
        this.promise = promise;
        this.presence = presence;
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

        void people(Set<Long> people) {
            if (memberId != null) {
                people.add(memberId);
            }
            if (assigneeId != null) {
                people.add(assigneeId);
            }
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
        raws.forEach(raw -> raw.people(people));
        return lines(raws, members.displayNames(people, language), language);
    }

    /** The lines, with names read beforehand, "former member" (id 0) among them. */
    private List<RequestLine> lines(List<Raw> raws, Map<Long, String> names, Locale language) {
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

    /** A request's row, before the names of its member and assignee are read. */
    private record RawRequest(long id, @Nullable Long memberId, @Nullable String mailAddress, @Nullable Long assigneeId, long topicId,
            String nameFr, String nameNl, String nameEn, Pole pole, long officeId, Channel channel, String subject, RequestStatus status,
            Instant receivedAt, LocalDate dueOn, @Nullable Instant closedAt, @Nullable Long mergedInto, @Nullable Instant callbackAt) {

        void people(Set<Long> people) {
            people.add(memberId == null ? 0L : memberId);
            if (assigneeId != null) {
                people.add(assigneeId);
            }
        }
    }

    private Optional<RawRequest> rawRequest(long id) {
        return db.sql("""
                        select r.id, r.member_id, r.mail_address, r.assignee_id, r.topic_id, t.name_fr, t.name_nl, t.name_en, r.pole, r.office_id,
                               r.channel, r.subject, r.status, r.received_at, r.due_on, r.closed_at, r.merged_into, r.callback_at
                        from helpdesk.request r join helpdesk.topic t on t.id = r.topic_id where r.id = ?""")
                .param(id)
                .query((row, n) -> {
                    var closedAt = row.getTimestamp("closed_at");
                    var callbackAt = row.getTimestamp("callback_at");
                    return new RawRequest(
                            row.getLong("id"),
                            (Long) row.getObject("member_id"),
                            row.getString("mail_address"),
                            (Long) row.getObject("assignee_id"),
                            row.getLong("topic_id"),
                            row.getString("name_fr"),
                            row.getString("name_nl"),
                            row.getString("name_en"),
                            Pole.valueOf(row.getString("pole")),
                            row.getLong("office_id"),
                            Channel.valueOf(row.getString("channel")),
                            row.getString("subject"),
                            RequestStatus.valueOf(row.getString("status")),
                            row.getTimestamp("received_at").toInstant(),
                            row.getObject("due_on", LocalDate.class),
                            closedAt == null ? null : closedAt.toInstant(),
                            (Long) row.getObject("merged_into"),
                            callbackAt == null ? null : callbackAt.toInstant());
                })
                .optional();
    }

    private RequestView view(RawRequest raw, Map<Long, String> names, Locale language) {
        var memberId = raw.memberId();
        var assigneeId = raw.assigneeId();
        var status = raw.status();
        var closedAt = raw.closedAt();
        return new RequestView(
                raw.id(),
                memberId,
                // Someone without an account who wrote by mail is known by their address, to advisors only.
                memberId == null && raw.mailAddress() != null ? raw.mailAddress() : names.get(memberId == null ? 0L : memberId),
                raw.topicId(),
                switch (language.getLanguage()) {
                    case "nl" -> raw.nameNl();
                    case "en" -> raw.nameEn();
                    default -> raw.nameFr();
                },
                raw.pole(),
                raw.officeId(),
                officeName(raw.officeId(), language),
                raw.channel(),
                raw.subject(),
                status,
                raw.receivedAt(),
                raw.dueOn(),
                assigneeId,
                assigneeId == null ? null : names.get(assigneeId),
                promise.urgency(raw.officeId(), status, raw.dueOn(), promise.today(raw.officeId())),
                closedAt,
                status == RequestStatus.CLOSED && raw.mergedInto() == null && closedAt != null
                        && closedAt.plus(HelpDesk.REOPEN_WINDOW).isAfter(Instant.now()),
                raw.mergedInto(),
                raw.callbackAt());
    }

    Optional<RequestView> request(long id, Locale language) {
        return rawRequest(id).map(raw -> {
            var people = new HashSet<Long>();
            raw.people(people);
            return view(raw, members.displayNames(people, language), language);
        });
    }

    /** What an advisor's page of a request shows, every name read in one query. */
    record DeskPage(RequestView request, List<MessageView> messages, List<DueChange> dueChanges, List<RequestLine> others,
            List<PresentColleague> present) {}

    Optional<DeskPage> deskPage(long id, long viewerId, Locale language) {
        var found = rawRequest(id);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        var raw = found.get();
        var messages = rawMessages(id, true);
        var others = raw.memberId() == null ? List.<Raw>of() : otherRaws(raw.memberId(), id);
        var present = presence.othersSeen(id, viewerId);
        // Id 0 is nobody's: its name is "former member", for requests whose member erased their account.
        var people = new HashSet<Long>(List.of(0L));
        raw.people(people);
        messages.forEach(message -> people.add(message.authorId() == null ? 0L : message.authorId()));
        others.forEach(other -> other.people(people));
        present.forEach(seen -> people.add(seen.advisorId()));
        var names = members.displayNames(people, language);
        var mailAddress = raw.memberId() == null ? raw.mailAddress() : null;
        return Optional.of(new DeskPage(
                view(raw, names, language),
                messageViews(messages, names, mailAddress),
                dueChanges(id),
                lines(others, names, language),
                Presence.named(present, names)));
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
    private List<Raw> otherRaws(long memberId, long exceptId) {
        return db.sql("select " + LINE_COLUMNS + """
                         from helpdesk.request r join helpdesk.topic t on t.id = r.topic_id
                        where r.member_id = ? and r.id <> ? order by r.id desc limit 10""")
                .params(memberId, exceptId)
                .query((row, n) -> Raw.of(row))
                .list();
    }

    List<MessageView> messages(long requestId, boolean withNotes, Locale language) {
        var rows = rawMessages(requestId, withNotes);
        var names = members.displayNames(rows.stream().map(r -> r.authorId() == null ? 0L : r.authorId()).collect(Collectors.toSet()), language);
        var mailAddress = db.sql("select mail_address from helpdesk.request where id = ? and member_id is null and mail_address is not null")
                .param(requestId).query(String.class).optional().orElse(null);
        return messageViews(rows, names, mailAddress);
    }

    private record RawMessage(long id, @Nullable Long authorId, MessageKind kind, String body, Instant createdAt, List<AttachedFile> files) {}

    /** The messages with their files, in one query: a message comes once per file. */
    private List<RawMessage> rawMessages(long requestId, boolean withNotes) {
        var messages = new ArrayList<RawMessage>();
        db.sql("""
                        select m.id, m.author_id, m.kind, m.body, m.created_at, a.id as file_id, a.name, a.content_type, a.size
                        from helpdesk.message m left join helpdesk.attachment a on a.message_id = m.id
                        where m.request_id = ?\s""" + (withNotes ? "" : "and m.kind <> 'NOTE' ") + "order by m.id, a.id")
                .param(requestId)
                .query(row -> {
                    var id = row.getLong("id");
                    var last = messages.isEmpty() ? null : messages.get(messages.size() - 1);
                    if (last == null || last.id() != id) {
                        last = new RawMessage(id, (Long) row.getObject("author_id"), MessageKind.valueOf(row.getString("kind")),
                                row.getString("body"), row.getTimestamp("created_at").toInstant(), new ArrayList<>());
                        messages.add(last);
                    }
                    var fileId = (Long) row.getObject("file_id");
                    if (fileId != null) {
                        last.files().add(new AttachedFile(fileId, id, row.getString("name"), row.getString("content_type"), row.getLong("size")));
                    }
                });
        return messages;
    }

    /** Someone without an account who wrote by mail is named by their address, when there is one. */
    private List<MessageView> messageViews(List<RawMessage> rows, Map<Long, String> names, @Nullable String mailAddress) {
        return rows.stream()
                .map(r -> new MessageView(r.id(), r.authorId(),
                        r.authorId() == null && r.kind() == MessageKind.MEMBER && mailAddress != null ? mailAddress
                                : names.get(r.authorId() == null ? 0L : r.authorId()), r.kind(),
                        markdown.toSafeHtml(r.body()), r.createdAt(), List.copyOf(r.files())))
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
