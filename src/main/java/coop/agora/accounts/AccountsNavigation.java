package coop.agora.accounts;

import coop.agora.platform.NavigationLink;
import coop.agora.platform.NavigationLink.Audience;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import java.time.Duration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

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

    /** Used and expired links and idle sign-in allowances are kept only as long as they matter. */
    @Bean
    RecurringTask<Void> forgetStaleAccountData(Tokens tokens, JdbcClient db) {
        return Tasks.recurring("accounts-forget-stale", FixedDelay.of(Duration.ofHours(1)))
                .execute((instance, context) -> {
                    tokens.forgetExpired();
                    db.sql("delete from accounts.rate_limit_bucket where expires_at < ?")
                            .param(System.currentTimeMillis())
                            .update();
                });
    }
}
