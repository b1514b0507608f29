package coop.agora.accounts;

import coop.agora.platform.WebAccessRules;
import java.util.List;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.util.matcher.IpAddressMatcher;

@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self'",
            "style-src 'self'",
            "img-src 'self' data:",
            "font-src 'self'",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    /**
     * Requests are timed once by the web layer's metrics; timing each of the security chain's filters
     * as well took about a tenth of a page's CPU.
     */
    @Bean
    SecurityObservationSettings noSecurityFilterObservations() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /**
     * Checks the password before the account's state, so that a wrong password says nothing about
     * whether an address has an account, is waiting for confirmation or is blocked.
     */
    @Bean
    AuthenticationManager authenticationManager(AccountSignIn accounts, PasswordEncoder passwords) {
        var provider = new DaoAuthenticationProvider(accounts);
        provider.setPasswordEncoder(passwords);
        provider.setPreAuthenticationChecks(user -> {});
        provider.setPostAuthenticationChecks(new AccountStatusUserDetailsChecker());
        return new ProviderManager(provider);
    }

    @Bean
    @Order(0)
    WebAccessRules publicPages() {
        return requests -> requests
                .requestMatchers("/", "/css/**", "/js/**", "/img/**", "/webjars/**", "/favicon.ico", "/error")
                .permitAll()
                .requestMatchers("/login", "/register", "/register/**", "/verify", "/password/forgot", "/password/reset")
                .permitAll()
                .requestMatchers("/email/confirm", "/language")
                .permitAll()
                .requestMatchers("/actuator/health", "/actuator/health/**")
                .permitAll()
                .requestMatchers("/actuator/**")
                .access(fromThisMachine())
                .requestMatchers("/admin/**")
                .hasRole(Role.ADMIN.name());
    }

    @Bean
    SecurityFilterChain web(
            HttpSecurity http,
            List<WebAccessRules> rules,
            LoginThrottle throttle,
            SignInOutcome outcome,
            AuthenticationManager authenticationManager)
            throws Exception {
        http.authenticationManager(authenticationManager)
                .authorizeHttpRequests(requests -> {
                    rules.forEach(rule -> rule.apply(requests));
                    requests.anyRequest().authenticated();
                })
                .formLogin(form -> form.loginPage("/login")
                        .usernameParameter("email")
                        .passwordParameter("password")
                        .successHandler(outcome)
                        .failureHandler(outcome))
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/?signedOut=true"))
                .csrf(csrf -> csrf.csrfTokenRepository(new CookieCsrfTokenRepository()))
                .addFilterBefore(throttle, UsernamePasswordAuthenticationFilter.class)
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                        .permissionsPolicyHeader(permissions -> permissions.policy("camera=(), microphone=(), geolocation=()"))
                        .frameOptions(frame -> frame.deny()));
        return http.build();
    }

    /** The sign-in throttle runs inside the security chain only, not a second time as a plain servlet filter. */
    @Bean
    FilterRegistrationBean<LoginThrottle> loginThrottleOnlyInSecurityChain(LoginThrottle throttle) {
        var registration = new FilterRegistrationBean<>(throttle);
        registration.setEnabled(false);
        return registration;
    }

    /** Metrics are for the monitoring agent on the same machine, not for the internet. */
    private static AuthorizationManager<RequestAuthorizationContext> fromThisMachine() {
        var ipv4 = new IpAddressMatcher("127.0.0.1");
        var ipv6 = new IpAddressMatcher("::1");
        return (authentication, context) -> new AuthorizationDecision(
                ipv4.matches(context.getRequest()) || ipv6.matches(context.getRequest()));
    }
}
