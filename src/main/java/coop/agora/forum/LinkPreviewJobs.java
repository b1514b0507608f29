package coop.agora.forum;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import java.time.Duration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Fetches the pages of new posts' links in the background, a few every couple of seconds. */
@Configuration(proxyBeanMethods = false)
class LinkPreviewJobs {

    @Bean
    RecurringTask<Void> fetchLinkPreviews(LinkPreviews previews) {
        return Tasks.recurring("forum-link-previews", FixedDelay.of(Duration.ofSeconds(2)))
                .execute((instance, context) -> previews.fetchWaiting());
    }
}
