package coop.agora.mentoring;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import coop.agora.platform.NavigationLink;
import coop.agora.platform.NavigationLink.Audience;
import java.time.Duration;
import java.time.Instant;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Mentoring is for signed-in members: every page needs an account, which is the default rule. */
@Configuration(proxyBeanMethods = false)
class MentoringNavigation {

    @Bean
    NavigationLink mentoringLink() {
        return new NavigationLink("nav.mentoring", "nav.mentoring.description", "/mentoring", 260, Audience.SIGNED_IN);
    }

    /** Every hour, so a request comes back to its member within an hour of its week without answer. */
    @Bean
    RecurringTask<Void> passBackUnansweredMentoringRequests(Mentorships mentorships) {
        return Tasks.recurring("mentoring-pass-back-unanswered", FixedDelay.of(Duration.ofHours(1)))
                .execute((instance, context) -> {
                    // A hundred at a time, each batch in its own short transaction.
                    int passedBack;
                    do {
                        passedBack = mentorships.passBackUnanswered(Instant.now());
                    } while (passedBack > 0);
                });
    }
}
