package coop.agora.helpdesk;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.time.Duration;
import java.time.ZoneId;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The help desk's background work: warnings before a promise is missed, absences that begin, report figures, stale presence, mail. */
@Configuration(proxyBeanMethods = false)
class HelpdeskJobs {

    @Bean
    RecurringTask<Void> helpdeskAtRisk(AtRiskWatch watch) {
        return Tasks.recurring("helpdesk-at-risk", FixedDelay.of(Duration.ofMinutes(10))).execute((instance, context) -> watch.notifyAtRisk());
    }

    @Bean
    RecurringTask<Void> helpdeskAbsences(Absences absences) {
        return Tasks.recurring("helpdesk-absences", FixedDelay.of(Duration.ofMinutes(5))).execute((instance, context) -> absences.releaseStarted());
    }

    @Bean
    RecurringTask<Void> helpdeskReportFigures(ReportFigures figures) {
        return Tasks.recurring("helpdesk-report-figures", FixedDelay.of(Duration.ofMinutes(10)))
                .execute((instance, context) -> figures.monthsToRefresh().forEach(figures::refresh));
    }

    /** On the first of each month, in the morning, members whose requests closed last month are asked how it went. */
    @Bean
    RecurringTask<Void> helpdeskMonthlySurvey(Surveys surveys) {
        return Tasks.recurring("helpdesk-monthly-survey", Schedules.cron("0 0 9 1 * *", ZoneId.of("Europe/Brussels")))
                .execute((instance, context) -> surveys.send(Surveys.lastMonth(), Surveys.SAMPLE));
    }

    /**
     * Reads the help desk's mailboxes; one node at a time, as the job runs once across nodes. Does
     * nothing without a mailbox configured. A mailbox out of reach does not keep the others from being read.
     */
    @Bean
    RecurringTask<Void> helpdeskMailPoll(MailboxSettings settings, MailboxPoller poller) {
        return Tasks.recurring("helpdesk-mail-poll", FixedDelay.of(settings.pollEvery())).execute((instance, context) -> {
            for (var box : settings.configured()) {
                try {
                    poller.poll(box);
                } catch (jakarta.mail.MessagingException | RuntimeException e) {
                    LoggerFactory.getLogger(HelpdeskJobs.class).warn("Mailbox {} not read, tried again at the next poll: {}", box, e.toString());
                }
            }
        });
    }

    @Bean
    RecurringTask<Void> helpdeskPresenceSweep(Presence presence) {
        return Tasks.recurring("helpdesk-presence-sweep", FixedDelay.of(Duration.ofMinutes(30))).execute((instance, context) -> presence.sweep());
    }
}
