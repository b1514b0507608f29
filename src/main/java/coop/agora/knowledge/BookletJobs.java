package coop.agora.knowledge;

import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Typesets a published booklet's three languages in the background, on whichever node picks the job. */
@Configuration(proxyBeanMethods = false)
class BookletJobs {

    @Bean
    OneTimeTask<Long> bookletTypesetting(Booklets booklets) {
        return Tasks.oneTime(Booklets.TYPESETTING).execute((instance, context) -> booklets.typeset(instance.getData()));
    }
}
