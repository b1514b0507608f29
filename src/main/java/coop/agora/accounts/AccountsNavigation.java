package coop.agora.accounts;

import coop.agora.platform.NavigationLink;
import coop.agora.platform.NavigationLink.Audience;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import java.time.Duration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class AccountsNavigation {

    @Bean
    NavigationLink myAccount() {
        return new NavigationLink("nav.account", "nav.account.description", "/account", 900, Audience.SIGNED_IN);
    }

    @Bean
    NavigationLink people() {
        return new NavigationLink("nav.adminUsers", "nav.adminUsers.description", "/admin/users", 950, Audience.ADMINS);
    }

    /** Used and expired links are kept only as long as they matter. */
    @Bean
    RecurringTask<Void> forgetStaleLinks(Tokens tokens) {
        return Tasks.recurring("accounts-forget-stale-links", FixedDelay.of(Duration.ofHours(1)))
                .execute((instance, context) -> tokens.forgetExpired());
    }
}
