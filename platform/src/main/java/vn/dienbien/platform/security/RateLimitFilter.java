package vn.dienbien.platform.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.Set;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers 429 with Retry-After when an authenticated user writes faster than their bucket allows
 * (users named in {@code platform.security.rate-limit.exempt-users} excepted).
 */
final class RateLimitFilter extends OncePerRequestFilter {

  static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");

  private final WriteRateLimiter limiter;
  private final Set<String> exemptUsers;
  private final CurrentActor actor;
  private final io.micrometer.core.instrument.Counter limited;

  RateLimitFilter(
      WriteRateLimiter limiter,
      Set<String> exemptUsers,
      CurrentActor actor,
      io.micrometer.core.instrument.Counter limited) {
    this.limiter = limiter;
    this.exemptUsers = exemptUsers;
    this.actor = actor;
    this.limited = limited;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Optional<String> user = actor.userId();
    if (user.isPresent()
        && !exemptUsers.contains(user.get())
        && WRITES.contains(request.getMethod())
        && request.getRequestURI().contains("/api/")) {
      long wait = limiter.tryAcquire(user.get());
      if (wait > 0) {
        limited.increment();
        SecurityProblems.tooManyRequests(response, wait);
        return;
      }
    }
    chain.doFilter(request, response);
  }
}
