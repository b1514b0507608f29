package coop.agora.opportunities;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import coop.agora.platform.NavigationLink;
import coop.agora.platform.NavigationLink.Audience;
import coop.agora.platform.WebAccessRules;
import java.time.Duration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;

@Configuration(proxyBeanMethods = false)
class OpportunitiesNavigation {

    @Bean
    NavigationLink opportunitiesLink() {
        return new NavigationLink("nav.opportunities", "nav.opportunities.description", "/opportunities", 210, Audience.EVERYONE);
    }

    @Bean
    NavigationLink opportunitiesModerationLink() {
        return new NavigationLink("nav.opportunitiesModeration", "nav.opportunitiesModeration.description", "/opportunities/moderation", 920,
                Audience.MODERATORS);
    }

    @Bean
    RecurringTask<Void> forgetOldOpportunityContacts(BoardContacts contacts) {
        return Tasks.recurring("opportunities-forget-contacts", FixedDelay.of(Duration.ofHours(1)))
                .execute((instance, context) -> contacts.forgetOld());
    }

    /** Matches what a node left when it stopped between a publication's commit and its matching. */
    @Bean
    RecurringTask<Void> leftoverMatching(PublicationMatching matching) {
        return Tasks.recurring("opportunities-leftover-matching", FixedDelay.of(Duration.ofSeconds(30)))
                .execute((instance, context) -> matching.drain());
    }

    /**
     * The board, public opportunities and the feed are open to everyone (what a visitor sees is
     * limited to public ones); moderation is for moderators and admins; the rest needs sign-in.
     */
    @Bean
    @Order(10)
    WebAccessRules opportunityPages() {
        return requests -> requests
                .requestMatchers(HttpMethod.GET, "/opportunities", "/opportunities/feed.atom", "/opportunities/{id:[0-9]+}")
                .permitAll()
                .requestMatchers("/opportunities/moderation", "/opportunities/moderation/**")
                .hasAnyRole("MODERATOR", "ADMIN");
    }
}
