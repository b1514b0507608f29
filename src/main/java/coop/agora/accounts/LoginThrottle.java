package coop.agora.accounts;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Slows down password guessing: every sign-in attempt takes a token from the account's bucket and
 * from the network address's bucket, before any password is checked. The buckets live in this
 * node's memory, so a flood of attempts is refused without touching the database; with several
 * nodes behind a load balancer each node keeps its own allowance.
 */
@Component
class LoginThrottle extends OncePerRequestFilter {

    private static final int MAX_TRACKED = 200_000;

    private final Cache<String, Bucket> perAccount;
    private final Cache<String, Bucket> perAddress;
    private final LoginThrottleSettings settings;

    LoginThrottle(LoginThrottleSettings settings) {
        this.settings = settings;
        this.perAccount = buckets(settings.accountPeriod());
        this.perAddress = buckets(settings.addressPeriod());
    }

    private static Cache<String, Bucket> buckets(Duration period) {
        return Caffeine.newBuilder().maximumSize(MAX_TRACKED).expireAfterAccess(period).build();
    }

    private static Bucket allowance(int attempts, Duration period) {
        return Bucket.builder()
                .addLimit(limit -> limit.capacity(attempts).refillGreedy(attempts, period))
                .build();
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        var path = request.getRequestURI().substring(request.getContextPath().length());
        return !("POST".equals(request.getMethod()) && "/login".equals(path));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var address = perAddress.get(request.getRemoteAddr(),
                key -> allowance(settings.perAddress(), settings.addressPeriod()));
        var account = perAccount.get(EmailAddress.normalize(request.getParameter("email")),
                key -> allowance(settings.perAccount(), settings.accountPeriod()));
        var addressAllowed = address.tryConsume(1);
        var accountAllowed = account.tryConsume(1);
        if (addressAllowed && accountAllowed) {
            chain.doFilter(request, response);
        } else {
            response.sendRedirect(request.getContextPath() + "/login?error=throttled");
        }
    }
}
