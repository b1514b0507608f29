package coop.agora.directory;

import coop.agora.platform.NavigationLink;
import coop.agora.platform.NavigationLink.Audience;
import coop.agora.platform.WebAccessRules;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import java.time.Duration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

@Configuration(proxyBeanMethods = false)
class DirectoryNavigation {

    @Bean
    NavigationLink directoryLink() {
        return new NavigationLink("nav.directory", "nav.directory.description", "/directory", 100, Audience.EVERYONE);
    }

    @Bean
    NavigationLink directoryProfileLink() {
        return new NavigationLink("nav.directoryProfile", "nav.directoryProfile.description", "/directory/profile", 110, Audience.SIGNED_IN);
    }

    @Bean
    NavigationLink memberMapLink() {
        return new NavigationLink("nav.directoryMap", "nav.directoryMap.description", "/directory/map", 120, Audience.EVERYONE);
    }

    @Bean
    NavigationLink densityLink() {
        return new NavigationLink("nav.directoryDensity", "nav.directoryDensity.description", "/directory/density", 130, Audience.ADVISORS);
    }

    @Bean
    NavigationLink skillReviewLink() {
        return new NavigationLink("nav.skillReview", "nav.skillReview.description", "/directory/skills/review", 140, Audience.MODERATORS);
    }

    @Bean
    NavigationLink directoryImportsLink() {
        return new NavigationLink("nav.directoryImports", "nav.directoryImports.description", "/admin/directory", 960, Audience.ADMINS);
    }

    /** Contact messages count against the hourly limit for a day, then nothing of them is kept. */
    @Bean
    RecurringTask<Void> forgetOldContactMessages(Contacts contacts) {
        return Tasks.recurring("directory-forget-contacts", FixedDelay.of(Duration.ofHours(1)))
                .execute((instance, context) -> contacts.forgetOld());
    }

    /**
     * Public profiles, the search and its API are open to clients outside the cooperative; what each
     * shows depends on who asks. The own profile form needs sign-in, as every other page.
     */
    @Bean
    @Order(10)
    WebAccessRules directoryPages() {
        return requests -> requests
                .requestMatchers("/directory", "/directory/members/**", "/directory/skills/suggest", "/directory/towns/suggest", "/api/v1/members")
                .permitAll()
                .requestMatchers("/directory/map", "/directory/map/points", "/directory/sitemap.xml")
                .permitAll()
                .requestMatchers("/directory/density")
                .hasAnyRole("ADVISOR", "ADMIN")
                .requestMatchers("/directory/skills/review", "/directory/skills/review/**")
                .hasAnyRole("MODERATOR", "ADMIN");
    }
}
