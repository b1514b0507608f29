package coop.agora.notifications;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.time.Duration;
import java.time.ZoneId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Background work of notifications; each job runs on one node at a time. */
@Configuration(proxyBeanMethods = false)
class NotificationJobs {

    private static final Logger log = LoggerFactory.getLogger(NotificationJobs.class);
    /** Digests arrive with the first coffee, office time. */
    private static final ZoneId OFFICES = ZoneId.of("Europe/Brussels");

    @Bean
    RecurringTask<Void> dailyDigest(Digests digests) {
        return Tasks.recurring("notifications-daily-digest", Schedules.cron("0 0 7 * * *", OFFICES))
                .execute((instance, context) -> log.info("Daily digest considered {} members", digests.send(Delivery.DAILY_DIGEST)));
    }

    @Bean
    RecurringTask<Void> weeklyDigest(Digests digests) {
        return Tasks.recurring("notifications-weekly-digest", Schedules.cron("0 0 7 * * MON", OFFICES))
                .execute((instance, context) -> log.info("Weekly digest considered {} members", digests.send(Delivery.WEEKLY_DIGEST)));
    }

    /** Fans out what a node left when it stopped between an event's commit and its fan-out. */
    @Bean
    RecurringTask<Void> leftoverFanOut(FanOut fanOut) {
        return Tasks.recurring("notifications-fan-out", FixedDelay.of(Duration.ofSeconds(30)))
                .execute((instance, context) -> fanOut.drain());
    }

    @Bean
    RecurringTask<Void> pruneNotifications(Retention retention) {
        return Tasks.recurring("notifications-retention", Schedules.cron("0 30 3 * * *", OFFICES))
                .execute((instance, context) -> log.info("Pruned {} old notifications", retention.prune()));
    }
}
