package coop.agora.bench;

import io.gatling.javaapi.core.ChainBuilder;

/**
 * One thing a person does on Agora, measured as one named request. Every scenario is measured
 * twice: at a steady arrival rate (latency) and with a fixed number of looping users (throughput).
 */
public interface Scenario {

    /** The name used on the command line, as the request name and in reports. */
    String name();

    /**
     * The request, with whatever it needs from a feeder or a cookie. Built once per phase, after the
     * data set is generated and Agora is ready, so it may prepare state such as signed-in sessions.
     */
    ChainBuilder request(Target target);
}
