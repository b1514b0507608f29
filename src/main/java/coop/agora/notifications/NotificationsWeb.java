package coop.agora.notifications;

import coop.agora.platform.HeaderLink;
import coop.agora.platform.Viewer;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/** The notification centre in the page header, and the unsubscribe links that work without signing in. */
@Configuration(proxyBeanMethods = false)
class NotificationsWeb {

    @Bean
    HeaderLink notificationCentre(Inbox inbox) {
        return new HeaderLink() {
            @Override
            public String href() {
                return "/notifications";
            }

            @Override
            public String labelKey() {
                return "notifications.header";
            }

            @Override
            public String countKey() {
                return "notifications.header.unread";
            }

            @Override
            public long count(Viewer viewer) {
                return inbox.unread(viewer.id());
            }

            @Override
            public @Nullable String script() {
                return "/js/notifications.js";
            }
        };
    }

    /**
     * Mail programs post the one-click unsubscribe without a form token (RFC 8058); the signed link
     * is what authorizes it, so this one path has its own chain that lets anyone in and does not ask
     * for the token, while still giving one to the page's other forms, such as the language switch.
     */
    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    SecurityFilterChain unsubscribeChain(HttpSecurity http) throws Exception {
        return http.securityMatcher(UnsubscribeLinks.PATH)
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .csrf(csrf -> csrf.csrfTokenRepository(new CookieCsrfTokenRepository()).ignoringRequestMatchers(UnsubscribeLinks.PATH))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(
                                "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; "
                                        + "base-uri 'self'; form-action 'self'; frame-ancestors 'none'"))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER))
                        .frameOptions(frame -> frame.deny()))
                .build();
    }
}
