package coop.agora.events;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import coop.agora.platform.NavigationLink;
import coop.agora.platform.NavigationLink.Audience;
import coop.agora.platform.WebAccessRules;
import java.time.Duration;
import java.time.Instant;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;

@Configuration(proxyBeanMethods = false)
class EventsNavigation {

    @Bean
    NavigationLink eventsLink() {
        return new NavigationLink("nav.events", "nav.events.description", "/events", 200, Audience.EVERYONE);
    }

    /** Every quarter of an hour, so a reminder leaves about a day ahead whatever time the event starts. */
    @Bean
    RecurringTask<Void> sendEventReminders(Reminders reminders) {
        return Tasks.recurring("events-send-reminders", FixedDelay.of(Duration.ofMinutes(15)))
                .execute((instance, context) -> reminders.sendDue(Instant.now()));
    }

    /**
     * The agenda, event pages and the public calendar feeds are open to everyone; the private feed
     * is found by its secret. Registering and writing need an account.
     */
    @Bean
    @Order(10)
    WebAccessRules eventPages() {
        return requests -> requests
                .requestMatchers(HttpMethod.GET, "/events", "/events/month", "/events/week", "/events.ics", "/events/{id:[0-9]+}", "/events/{id:[0-9]+}.ics",
                        "/events/offices/*", "/events/groups/*", "/events/feed/*")
                .permitAll();
    }
}
