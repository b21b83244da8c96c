package vn.dienbien.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import vn.dienbien.platform.web.ApiProblem;

/**
 * The person behind the current request. With security enabled it reads the verified token's claims
 * and ignores headers; with security disabled (business tests, transition) it reads {@code
 * X-User-Id}, {@code X-Unit-Id} and {@code X-Roles}.
 */
public class CurrentActor {

  public static final String USER_HEADER = "X-User-Id";
  public static final String UNIT_HEADER = "X-Unit-Id";
  public static final String ROLES_HEADER = "X-Roles";

  /** Request attribute: the unit the request acts for, when its access rule names one. */
  public static final String TARGET_UNIT_ATTRIBUTE = "platform.security.targetUnit";

  private final boolean fromToken;

  public CurrentActor(boolean fromToken) {
    this.fromToken = fromToken;
  }

  public Optional<String> userId() {
    if (fromToken) {
      return token().map(Authentication::getName);
    }
    return header(USER_HEADER);
  }

  public Optional<String> unitId() {
    if (fromToken) {
      return token()
          .map(t -> t.getToken().getClaimAsString(JwtClaims.UNIT))
          .filter(u -> !u.isBlank());
    }
    return header(UNIT_HEADER);
  }

  public Set<String> roles() {
    if (fromToken) {
      return token()
          .map(t ->
              t.getAuthorities().stream()
                  .map(a -> a.getAuthority())
                  .filter(a -> a.startsWith("ROLE_"))
                  .map(a -> a.substring(5))
                  .collect(Collectors.toUnmodifiableSet()))
          .orElse(Set.of());
    }
    return header(ROLES_HEADER)
        .map(h ->
            Arrays.stream(h.split(","))
                .map(String::trim)
                .filter(r -> !r.isEmpty())
                .collect(Collectors.toUnmodifiableSet()))
        .orElse(Set.of());
  }

  public boolean hasRole(String role) {
    return roles().contains(role);
  }

  /**
   * Refuses (403) a unit-bound caller (UNIT_OFFICER, UNIT_APPROVER) without a broader role acting
   * for another unit than their own. The message names no unit, so the caller learns nothing about
   * others.
   */
  public void requireUnit(String unitCode) {
    if (!roles().stream().allMatch(CurrentActor::unitBound)) {
      return;
    }
    Optional<String> own = unitId();
    if (fromToken && own.isEmpty() || own.isPresent() && !own.get().equals(unitCode)) {
      throw otherUnit();
    }
  }

  /**
   * The unit a read must be limited to: a unit-bound caller without a broader role reads only their
   * own unit (the requested one must be theirs or absent, else 403); anyone else reads what they
   * asked for ({@code requested}, possibly empty = every unit).
   */
  public Optional<String> readableUnit(String requested) {
    if (!scoped()) {
      return Optional.ofNullable(requested).filter(u -> !u.isBlank());
    }
    Optional<String> own = unitId();
    if (own.isEmpty()) {
      if (fromToken) {
        throw otherUnit();
      }
      return Optional.ofNullable(requested).filter(u -> !u.isBlank());
    }
    if (requested != null && !requested.isBlank() && !requested.equals(own.get())) {
      throw otherUnit();
    }
    return own;
  }

  /**
   * Unit-bound roles only (UNIT_OFFICER, UNIT_APPROVER), nothing broader; reads of callers without
   * roles are not narrowed.
   */
  private boolean scoped() {
    Set<String> roles = roles();
    return !roles.isEmpty() && roles.stream().allMatch(CurrentActor::unitBound);
  }

  private static boolean unitBound(String role) {
    return Role.UNIT_OFFICER.name().equals(role) || Role.UNIT_APPROVER.name().equals(role);
  }

  private static ApiProblem otherUnit() {
    // Same code as the filter's refusal, so clients see one answer for "not your unit".
    return new ApiProblem(
        org.springframework.http.HttpStatus.FORBIDDEN,
        "forbidden-unit",
        "Không có quyền",
        "Bạn chỉ được thao tác cho đơn vị của mình",
        java.util.List.of());
  }

  private static Optional<JwtAuthenticationToken> token() {
    return SecurityContextHolder.getContext().getAuthentication()
            instanceof JwtAuthenticationToken t
        ? Optional.of(t)
        : Optional.empty();
  }

  private static Optional<String> header(String name) {
    if (!(RequestContextHolder.getRequestAttributes()
        instanceof ServletRequestAttributes attributes)) {
      return Optional.empty();
    }
    HttpServletRequest request = attributes.getRequest();
    return Optional.ofNullable(request.getHeader(name)).map(String::trim).filter(v -> !v.isEmpty());
  }
}
