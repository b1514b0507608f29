package coop.agora.platform.jobs;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import java.time.Duration;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;

/**
 * One scheduler runs every module's {@link Task} beans. It starts once the application is ready,
 * so no job runs against a half-started context, and it joins the caller's transaction when a
 * module schedules work, so work is scheduled only if the caller commits.
 */
@Configuration(proxyBeanMethods = false)
class JobsConfiguration {

    @Bean
    Scheduler scheduler(
            DataSource dataSource,
            ObjectProvider<Task<?>> tasks,
            ObjectProvider<RecurringTask<?>> recurringTasks,
            JobSettings settings) {
        List<Task<?>> oneTime = tasks.orderedStream()
                .filter(task -> !(task instanceof RecurringTask))
                .toList();
        List<RecurringTask<?>> recurring = recurringTasks.orderedStream()
                .filter(task -> settings.runs(task.getName()))
                .toList();
        return Scheduler.create(new TransactionAwareDataSourceProxy(dataSource), oneTime)
                .tableName("platform.scheduled_tasks")
                .threads(settings.threads())
                .pollingInterval(Duration.ofSeconds(1))
                .startTasks(recurring)
                .build();
    }

    @Bean
    SchedulerLifecycle schedulerLifecycle(Scheduler scheduler, JobSettings settings) {
        return new SchedulerLifecycle(scheduler, settings.enabled());
    }

    static final class SchedulerLifecycle implements ApplicationListener<ApplicationReadyEvent>, DisposableBean {

        private final Scheduler scheduler;
        private final boolean enabled;

        SchedulerLifecycle(Scheduler scheduler, boolean enabled) {
            this.scheduler = scheduler;
            this.enabled = enabled;
        }

        @Override
        public void onApplicationEvent(ApplicationReadyEvent event) {
            if (enabled) {
                scheduler.start();
            }
        }

        @Override
        public void destroy() {
            scheduler.stop();
        }
    }
}
