package coop.agora.platform.jobs;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Whether this node runs background jobs, with how many threads, and, when {@code only} names
 * some, which of the recurring jobs it runs (all of them when it names none).
 */
@ConfigurationProperties("agora.jobs")
record JobSettings(@DefaultValue("true") boolean enabled, @DefaultValue("4") int threads, @DefaultValue({}) List<String> only) {

    boolean runs(String recurringJob) {
        return only.isEmpty() || only.contains(recurringJob);
    }
}
