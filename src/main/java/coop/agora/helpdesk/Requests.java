package coop.agora.helpdesk;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class Requests {

    private static final String COLUMNS = """
            id, member_id, topic_id, pole, office_id, channel, subject, status, received_at, due_on, assignee_id,
            waiting_since, first_response_at, answered_at, closed_at, merged_into""";

    private final JdbcClient db;

    Requests(JdbcClient db) {
        this.db = db;
    }

    Optional<RequestRow> find(long id) {
        return db.sql("select " + COLUMNS + " from helpdesk.request where id = ?").param(id).query(RequestRow.class).optional();
    }

    /** The request, locked until the end of the transaction so that two people never change it at once. */
    Optional<RequestRow> lock(long id) {
        return db.sql("select " + COLUMNS + " from helpdesk.request where id = ? for update").param(id).query(RequestRow.class).optional();
    }

    long insert(@Nullable Long memberId, HelpTopic topic, long officeId, Channel channel, String subject, Instant receivedAt, LocalDate dueOn,
            @Nullable Instant callbackAt) {
        return db.sql("""
                        insert into helpdesk.request (member_id, topic_id, pole, office_id, channel, subject, status, received_at, due_on, updated_at, callback_at)
                        values (?, ?, ?, ?, ?, ?, 'RECEIVED', ?, ?, ?, ?) returning id""")
                .params(memberId, topic.id(), topic.pole().name(), officeId, channel.name(), subject,
                        java.sql.Timestamp.from(receivedAt), dueOn, java.sql.Timestamp.from(receivedAt),
                        callbackAt == null ? null : java.sql.Timestamp.from(callbackAt))
                .query(Long.class)
                .single();
    }

    long addMessage(long requestId, @Nullable Long authorId, MessageKind kind, String body) {
        return db.sql("insert into helpdesk.message (request_id, author_id, kind, body) values (?, ?, ?, ?) returning id")
                .params(requestId, authorId, kind.name(), body)
                .query(Long.class)
                .single();
    }

    /** Whether a request without a member came by mail from an address that answers can go to. */
    boolean reachableByMail(long id) {
        return db.sql("select mail_address is not null from helpdesk.request where id = ?").param(id).query(Boolean.class).optional().orElse(false);
    }

    void status(long id, RequestStatus status) {
        db.sql("""
                        update helpdesk.request set status = ?, updated_at = now(),
                            waiting_since = case when ? = 'WAITING_MEMBER' then now() else null end,
                            closed_at = case when ? = 'CLOSED' then now() else null end
                        where id = ?""")
                .params(status.name(), status.name(), status.name(), id)
                .update();
    }

    /** An advisor wrote to the member: the first response and, unless they asked something, the answer. */
    void responded(long id, RequestStatus status, long advisorId) {
        status(id, status);
        db.sql("""
                        update helpdesk.request set first_response_at = coalesce(first_response_at, now()),
                            answered_at = case when ? = 'ANSWERED' then now() else answered_at end,
                            assignee_id = coalesce(assignee_id, ?)
                        where id = ?""")
                .params(status.name(), advisorId, id)
                .update();
    }

    void moveDue(long id, LocalDate previous, LocalDate next, DueChangeReason reason, @Nullable Instant pausedFrom) {
        db.sql("update helpdesk.request set due_on = ?, at_risk_notified_at = null where id = ?").params(next, id).update();
        db.sql("insert into helpdesk.due_change (request_id, previous_due, new_due, reason, paused_from) values (?, ?, ?, ?, ?)")
                .params(id, previous, next, reason.name(), pausedFrom == null ? null : java.sql.Timestamp.from(pausedFrom))
                .update();
    }

    void assign(long id, @Nullable Long assigneeId) {
        db.sql("update helpdesk.request set assignee_id = ?, updated_at = now() where id = ?").params(assigneeId, id).update();
    }

    void suggestionUsed(long memberId, String source, String path) {
        db.sql("insert into helpdesk.suggestion_use (member_id, source, path) values (?, ?, ?)").params(memberId, source, path).update();
    }

    void transfer(long id, coop.agora.accounts.Pole pole) {
        db.sql("update helpdesk.request set pole = ?, assignee_id = null, at_risk_notified_at = null, updated_at = now() where id = ?")
                .params(pole.name(), id).update();
    }

    void mergeInto(long id, long targetId) {
        db.sql("update helpdesk.request set merged_into = ?, updated_at = now() where id = ?").params(targetId, id).update();
    }

    /** A second rating of the same request replaces the first: the member changed their mind. */
    void rate(long requestId, int score, String comment) {
        db.sql("""
                        insert into helpdesk.rating (request_id, score, comment) values (?, ?, ?)
                        on conflict (request_id) do update set score = excluded.score, comment = excluded.comment, created_at = now()""")
                .params(requestId, score, comment)
                .update();
    }

    java.util.Optional<Integer> ratingOf(long requestId) {
        return db.sql("select score from helpdesk.rating where request_id = ?").param(requestId).query(Integer.class).optional();
    }
}
