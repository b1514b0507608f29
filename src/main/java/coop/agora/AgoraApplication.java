package coop.agora;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Agora, the member platform of the cooperative: one application, one module per capability. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class AgoraApplication {

    public static void main(String[] args) {
        useEnoughCarrierThreads();
        SpringApplication.run(AgoraApplication.class, args);
    }

    /**
     * A virtual thread loading a class keeps its carrier thread; with one carrier per core, two
     * such threads on a two-core machine once stopped every request. More carriers than cores make
     * that unlikely; an explicit setting is kept.
     */
    private static void useEnoughCarrierThreads() {
        var parallelism = "jdk.virtualThreadScheduler.parallelism";
        if (System.getProperty(parallelism) == null) {
            System.setProperty(parallelism, String.valueOf(Math.max(8, 2 * Runtime.getRuntime().availableProcessors())));
        }
    }
}
