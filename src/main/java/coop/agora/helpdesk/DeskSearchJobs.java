package coop.agora.helpdesk;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import java.time.Duration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Every second, the requests changed since are reindexed for the desk search. */
@Configuration(proxyBeanMethods = false)
class DeskSearchJobs {

    @Bean
    RecurringTask<Void> helpdeskSearchIndexing(DeskSearchIndexing indexing) {
        return Tasks.recurring("helpdesk-search-indexing", FixedDelay.of(Duration.ofSeconds(1))).execute((instance, context) -> indexing.catchUp());
    }
}
