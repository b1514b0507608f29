package coop.agora.helpdesk;

import coop.agora.accounts.Members;
import coop.agora.platform.Mailer;
import coop.agora.platform.PlatformSettings;
import coop.agora.platform.Texts;
import coop.agora.platform.web.FormErrors;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each month, a random sample of the members whose requests were closed the month before is asked
 * one short question about the help desk; the answers feed the reports.
 */
@Service
class Surveys {

    static final int SAMPLE = 50;
    private static final ZoneId OFFICES_ZONE = ZoneId.of("Europe/Brussels");

    private final JdbcClient db;
    private final Members members;
    private final Mailer mailer;
    private final Texts texts;
    private final PlatformSettings settings;

    Surveys(JdbcClient db, Members members, Mailer mailer, Texts texts, PlatformSettings settings) {
        this.db = db;
        this.members = members;
        this.mailer = mailer;
        this.texts = texts;
        this.settings = settings;
    }

    /** One survey sent to a member, as its page shows it. */
    public record Survey(long id, @Nullable Long memberId, LocalDate month, @Nullable Integer score) {}

    /**
     * Draws the sample for a month and mails it; a member is asked at most once per month.
     *
     * @return how many members were asked
     */
    @Transactional
    public int send(YearMonth month, int sample) {
        var from = month.atDay(1).atStartOfDay(OFFICES_ZONE).toInstant();
        var to = month.plusMonths(1).atDay(1).atStartOfDay(OFFICES_ZONE).toInstant();
        record Drawn(long id, long memberId) {}
        var drawn = db.sql("""
                        insert into helpdesk.survey (member_id, month)
                        select member_id, ? from (
                            select distinct member_id from helpdesk.request
                            where status = 'CLOSED' and closed_at >= ? and closed_at < ? and member_id is not null
                        ) closed
                        order by random() limit ?
                        on conflict (member_id, month) do nothing
                        returning id, member_id""")
                .params(month.atDay(1), java.sql.Timestamp.from(from), java.sql.Timestamp.from(to), sample)
                .query(Drawn.class)
                .list();
        var contacts = members.contacts(drawn.stream().map(Drawn::memberId).toList());
        for (var survey : drawn) {
            var contact = contacts.get(survey.memberId());
            if (contact != null) {
                mailer.send(contact.email(), texts.get("helpdesk.mail.survey.subject", contact.language()),
                        texts.get("helpdesk.mail.survey.body", contact.language(), settings.link("/help/survey/" + survey.id())));
            }
        }
        return drawn.size();
    }

    Optional<Survey> find(long id) {
        return db.sql("select id, member_id, month, score from helpdesk.survey where id = ?").param(id).query(Survey.class).optional();
    }

    @Transactional
    public void answer(long memberId, long surveyId, int score, String comment) {
        var errors = FormErrors.builder();
        if (score < 1 || score > 5) {
            errors.reject("score", "helpdesk.error.score");
        }
        if (comment.strip().length() > HelpDesk.MAX_COMMENT) {
            errors.reject("comment", "helpdesk.error.commentLong");
        }
        if (errors.any()) {
            throw new Refused(errors.build());
        }
        db.sql("update helpdesk.survey set score = ?, comment = ?, answered_at = now() where id = ? and member_id = ? and answered_at is null")
                .params(score, comment.strip(), surveyId, memberId)
                .update();
    }

    /** The survey answers of the months of a report. */
    record Results(int asked, int answered, @Nullable Double mean) {}

    Results results(YearMonth from, YearMonth to) {
        return db.sql("select count(*) as asked, count(score) as answered, avg(score)::float8 as mean from helpdesk.survey where month between ? and ?")
                .params(from.atDay(1), to.atDay(1))
                .query((row, n) -> new Results(row.getInt("asked"), row.getInt("answered"), (Double) row.getObject("mean")))
                .single();
    }

    static YearMonth lastMonth() {
        return YearMonth.now(OFFICES_ZONE).minusMonths(1);
    }
}
