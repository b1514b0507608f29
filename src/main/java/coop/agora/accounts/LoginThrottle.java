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
 * Slows down password guessing: every failed sign-in takes a token from the account's bucket and
 * from the network address's bucket, and an attempt is refused, before any password is checked,
 * while either is empty. The buckets live in this
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
        if (addressBucket(request).getAvailableTokens() > 0 && accountBucket(request).getAvailableTokens() > 0) {
            chain.doFilter(request, response);
        } else {
            response.sendRedirect(request.getContextPath() + "/login?error=throttled");
        }
    }

    /** Only failed attempts count, so people who sign in often are never slowed down. */
    void failed(HttpServletRequest request) {
        addressBucket(request).tryConsume(1);
        accountBucket(request).tryConsume(1);
    }

    private Bucket addressBucket(HttpServletRequest request) {
        return perAddress.get(request.getRemoteAddr(), key -> allowance(settings.perAddress(), settings.addressPeriod()));
    }

    private Bucket accountBucket(HttpServletRequest request) {
        return perAccount.get(EmailAddress.normalize(request.getParameter("email")),
                key -> allowance(settings.perAccount(), settings.accountPeriod()));
    }
}
