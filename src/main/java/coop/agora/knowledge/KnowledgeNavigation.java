package coop.agora.knowledge;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import coop.agora.platform.NavigationLink;
import coop.agora.platform.NavigationLink.Audience;
import coop.agora.platform.WebAccessRules;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;

@Configuration(proxyBeanMethods = false)
class KnowledgeNavigation {

    @Bean
    NavigationLink knowledgeLink() {
        return new NavigationLink("nav.knowledge", "nav.knowledge.description", "/knowledge", 90, Audience.EVERYONE);
    }

    @Bean
    NavigationLink knowledgeDeskLink() {
        return new NavigationLink("nav.knowledgeDesk", "nav.knowledgeDesk.description", "/knowledge/manage", 140, Audience.ADVISORS);
    }

    @Bean
    NavigationLink bookletsLink() {
        return new NavigationLink("nav.booklets", "nav.booklets.description", "/knowledge/booklets", 975, Audience.ADMINS);
    }

    /** Anyone may read public articles; the article page itself sends visitors to sign in for members-only ones. */
    @Bean
    @Order(10)
    WebAccessRules knowledgeReading() {
        return requests -> requests
                .requestMatchers(HttpMethod.GET, "/knowledge", "/knowledge/levels/*", "/knowledge/levels/*/*", "/knowledge/articles/*",
                        "/knowledge/articles/*/*", "/knowledge/images/*", "/knowledge/search", "/knowledge/glossary")
                .permitAll();
    }

    /** Once a day, early in the morning office time, rather than at every start. */
    @Bean
    RecurringTask<Void> knowledgeReviewReminders(ReviewReminders reminders) {
        return Tasks.recurring("knowledge-review-reminders", Schedules.daily(EditorController.OFFICE_TIME, LocalTime.of(7, 0)))
                .execute((instance, context) -> reminders.remind(LocalDate.now(EditorController.OFFICE_TIME)));
    }

    @Bean
    RecurringTask<Void> knowledgeViewCounts(ArticleViews views) {
        return Tasks.recurring("knowledge-view-counts", FixedDelay.of(Duration.ofSeconds(30)))
                .execute((instance, context) -> views.flush());
    }
}
