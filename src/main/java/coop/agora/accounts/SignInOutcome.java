package coop.agora.accounts;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

/**
 * After a sign-in: pages switch to the person's language and they go back where they were. After
 * a failure: one message for a wrong address or password alike, so the form never tells whether an
 * address has an account; the state of an account is told only to whoever typed its password. When
 * the account could not even be looked up (the database is overloaded), the person is told to try
 * again rather than that their password is wrong.
 */
@Component
class SignInOutcome extends SavedRequestAwareAuthenticationSuccessHandler implements AuthenticationFailureHandler {

    private final LocaleResolver localeResolver;
    private final LoginThrottle throttle;

    SignInOutcome(LocaleResolver localeResolver, LoginThrottle throttle) {
        this.localeResolver = localeResolver;
        this.throttle = throttle;
        setDefaultTargetUrl("/");
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws IOException, jakarta.servlet.ServletException {
        if (authentication.getPrincipal() instanceof SignedInMember member) {
            localeResolver.setLocale(request, response, member.language());
        }
        super.onAuthenticationSuccess(request, response, authentication);
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException {
        throttle.failed(request);
        var reason = failure instanceof DisabledException ? "unconfirmed"
                : failure instanceof LockedException ? "blocked"
                : failure instanceof InternalAuthenticationServiceException ? "busy"
                : "wrong";
        response.sendRedirect(request.getContextPath() + "/login?error=" + reason);
    }
}
