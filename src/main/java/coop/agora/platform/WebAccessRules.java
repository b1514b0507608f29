package coop.agora.platform;

import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * A module's contribution to who may reach which URL. Every request not opened by a rule needs a
 * signed-in person; rules are applied in bean order.
 */
@FunctionalInterface
public interface WebAccessRules {

    void apply(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry requests);
}
