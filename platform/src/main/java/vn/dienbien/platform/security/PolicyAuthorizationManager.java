package vn.dienbien.platform.security;

import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

/**
 * Grants an {@code /api} request when the first matching policy rule lists one of the caller's
 * roles.
 */
final class PolicyAuthorizationManager
    implements AuthorizationManager<RequestAuthorizationContext> {

  private static final AuthorizationDecision DENY = new AuthorizationDecision(false);

  private final EndpointPolicy policy;

  PolicyAuthorizationManager(EndpointPolicy policy) {
    this.policy = policy;
  }

  @Override
  public AuthorizationResult authorize(
      Supplier<? extends Authentication> authentication, RequestAuthorizationContext context) {
    Optional<EndpointPolicy.Match> match = policy.match(context.getRequest());
    if (match.isEmpty()) {
      return DENY;
    }
    if (match.get().rule().anonymous()) {
      return new AuthorizationDecision(true);
    }
    Authentication caller = authentication.get();
    if (caller == null
        || !caller.isAuthenticated()
        || caller instanceof AnonymousAuthenticationToken) {
      return DENY;
    }
    Set<String> authorities =
        caller.getAuthorities().stream()
            .map(GrantedAuthority::getAuthority)
            .collect(Collectors.toSet());
    return new AuthorizationDecision(
        match.get().rule().roles().stream()
            .anyMatch(role -> authorities.contains(role.authority())));
  }
}
