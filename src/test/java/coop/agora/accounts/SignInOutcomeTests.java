package coop.agora.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;

class SignInOutcomeTests {

    private final SignInOutcome outcome = new SignInOutcome(
            new AcceptHeaderLocaleResolver(),
            new LoginThrottle(new LoginThrottleSettings(10, Duration.ofMinutes(15), 50, Duration.ofMinutes(15))));

    private String redirectAfter(RuntimeException failure) throws Exception {
        var response = new MockHttpServletResponse();
        outcome.onAuthenticationFailure(new MockHttpServletRequest("POST", "/login"), response,
                (AuthenticationException) failure);
        return response.getRedirectedUrl();
    }

    @Test
    void aDatabaseThatCannotAnswerIsNotBlamedOnThePassword() throws Exception {
        var overloaded = new InternalAuthenticationServiceException(
                "no connection", new DataAccessResourceFailureException("pool exhausted"));

        assertThat(redirectAfter(overloaded)).isEqualTo("/login?error=busy");
    }

    @Test
    void aWrongPasswordIsSaidPlainly() throws Exception {
        assertThat(redirectAfter(new BadCredentialsException("bad"))).isEqualTo("/login?error=wrong");
    }
}
