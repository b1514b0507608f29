package coop.agora.platform.jobs;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** Whether this node runs background jobs, and with how many threads. */
@ConfigurationProperties("agora.jobs")
record JobSettings(@DefaultValue("true") boolean enabled, @DefaultValue("4") int threads) {}
