package coop.agora.accounts;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How many failed sign-ins are allowed per account and per network address before the form asks
 * to wait; each allowance refills over its period.
 */
@ConfigurationProperties("agora.login-throttle")
record LoginThrottleSettings(
        @DefaultValue("10") int perAccount,
        @DefaultValue("15m") Duration accountPeriod,
        @DefaultValue("50") int perAddress,
        @DefaultValue("15m") Duration addressPeriod) {}
