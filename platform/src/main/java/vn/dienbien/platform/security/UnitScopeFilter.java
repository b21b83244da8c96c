package vn.dienbien.platform.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Holds a UNIT_OFFICER to their own unit on unit-scoped rules whose unit is in the path, the query
 * or the JSON body, before the controller runs; rules scoped by the service are checked there with
 * {@code CurrentActor.requireUnit}. The unit found is kept for the audit trail.
 */
final class UnitScopeFilter extends OncePerRequestFilter {

  /** Request attribute: the unit the request acts for, when a rule names it. */
  public static final String TARGET_UNIT = "platform.security.targetUnit";

  private final EndpointPolicy policy;
  private final CurrentActor actor;
  private final int maxBody;

  UnitScopeFilter(EndpointPolicy policy, CurrentActor actor, int maxBody) {
    this.policy = policy;
    this.actor = actor;
    this.maxBody = maxBody;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Optional<EndpointPolicy.Match> match = policy.match(request);
    if (match.isEmpty() || match.get().rule().unitFrom().isEmpty()) {
      chain.doFilter(request, response);
      return;
    }
    HttpServletRequest forward = request;
    UnitFrom unitFrom = match.get().rule().unitFrom().get();
    Optional<String> target;
    if (unitFrom.source() == UnitFrom.Source.BODY) {
      CachedBodyRequest cached = CachedBodyRequest.read(request, maxBody);
      if (cached.tooLarge(maxBody)) {
        tooLarge(response);
        return;
      }
      forward = cached;
      target = cached.jsonField(unitFrom.name());
    } else {
      target = target(match.get(), unitFrom, request);
    }
    target.ifPresent(unit -> request.setAttribute(CurrentActor.TARGET_UNIT_ATTRIBUTE, unit));
    if (match.get().rule().scopes(roles()) && !ownUnit(target, unitFrom)) {
      SecurityProblems.otherUnit(response);
      return;
    }
    chain.doFilter(forward, response);
  }

  /** The unit a request is about, read from where the rule says (the body aside). */
  private Optional<String> target(
      EndpointPolicy.Match match, UnitFrom unitFrom, HttpServletRequest request) {
    return switch (unitFrom.source()) {
      case PATH -> Optional.ofNullable(match.variables().get(unitFrom.name()));
      case QUERY -> Optional.ofNullable(request.getParameter(unitFrom.name()));
      case BODY -> throw new IllegalArgumentException("the body is read by the filter");
      case TOKEN, SERVICE -> actor.unitId();
    };
  }

  private static void tooLarge(HttpServletResponse response) throws IOException {
    SecurityProblems.write(
        response,
        org.springframework.http.HttpStatus.CONTENT_TOO_LARGE,
        "payload-too-large",
        "Dữ liệu quá lớn",
        "Nội dung gửi lên vượt quá giới hạn cho phép");
  }

  private boolean ownUnit(Optional<String> target, UnitFrom unitFrom) {
    Optional<String> own = actor.unitId();
    if (own.isEmpty()) {
      return false;
    }
    return switch (unitFrom.source()) {
      case TOKEN, SERVICE -> true;
      default -> target.map(own.get()::equals).orElse(false);
    };
  }

  private Set<Role> roles() {
    return java.util.Arrays.stream(Role.values())
        .filter(r -> actor.roles().contains(r.name()))
        .collect(Collectors.toSet());
  }
}
