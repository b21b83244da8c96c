package vn.dienbien.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.http.HttpMethod;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * A service's access rules as data: the first rule whose method and path pattern match a request
 * decides who may call it; an {@code /api/**} request no rule matches is denied. The platform's own
 * endpoints ({@code GET /api/v1/audit}) come first.
 *
 * <pre>
 * EndpointPolicy.builder()
 *     .allow(POST, "/api/v1/reports", UNIT_OFFICER)
 *     .allowOwnUnit(POST, "/api/v1/units/{unitId}/contacts", UnitFrom.path("unitId"), UNIT_OFFICER, ADMIN)
 *     .read("/api/v1/**", VIEWER, MONITOR, EDITOR, ADMIN, UNIT_OFFICER)
 *     .build();
 * </pre>
 */
public final class EndpointPolicy {

  /** The rule that decided, with the path variables it extracted. */
  public record Match(EndpointRule rule, Map<String, String> variables) {}

  private record Compiled(EndpointRule rule, PathPattern pattern) {}

  private final List<Compiled> rules;

  private EndpointPolicy(List<EndpointRule> rules) {
    this.rules =
        rules.stream()
            .map(r -> new Compiled(r, PathPatternParser.defaultInstance.parse(r.pattern())))
            .toList();
  }

  public static Builder builder() {
    return new Builder();
  }

  public List<EndpointRule> rules() {
    return rules.stream().map(Compiled::rule).toList();
  }

  public Optional<Match> match(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return match(HttpMethod.valueOf(request.getMethod()), path);
  }

  public Optional<Match> match(HttpMethod method, String path) {
    HttpMethod effective = HttpMethod.HEAD.equals(method) ? HttpMethod.GET : method;
    PathContainer container = PathContainer.parsePath(path);
    for (Compiled compiled : rules) {
      if (!compiled.rule().method().equals(effective)) {
        continue;
      }
      PathPattern.PathMatchInfo info = compiled.pattern().matchAndExtract(container);
      if (info != null) {
        return Optional.of(new Match(compiled.rule(), info.getUriVariables()));
      }
    }
    return Optional.empty();
  }

  /**
   * The rules as plain strings (method, pattern, roles, unitFrom), so test-support's
   * SecurityMatrixTests can read them without depending on this module.
   */
  public List<Map<String, String>> asTable() {
    return rules().stream()
        .map(r -> {
          Map<String, String> row = new LinkedHashMap<>();
          row.put("method", r.method().name());
          row.put("pattern", r.pattern());
          row.put(
              "roles",
              r.roles().stream().map(Role::name).sorted().collect(Collectors.joining(",")));
          row.put("unitFrom", r.unitFrom().map(UnitFrom::toString).orElse(""));
          row.put("anonymous", Boolean.toString(r.anonymous()));
          return row;
        })
        .toList();
  }

  public static final class Builder {
    private final List<EndpointRule> rules = new ArrayList<>();

    private Builder() {}

    public Builder allow(HttpMethod method, String pattern, Role... roles) {
      return add(method, pattern, Optional.empty(), roles);
    }

    /**
     * A UNIT_OFFICER (without another allowed role) may act only for the unit found by {@code
     * unit}.
     */
    public Builder allowOwnUnit(HttpMethod method, String pattern, UnitFrom unit, Role... roles) {
      if (unit.source() == UnitFrom.Source.PATH && !pattern.contains("{" + unit.name() + "}")) {
        throw new IllegalArgumentException(
            "Pattern " + pattern + " has no path variable {" + unit.name() + "}");
      }
      return add(method, pattern, Optional.of(unit), roles);
    }

    /**
     * Anyone, without a token: only for machine callbacks (e.g. an SMS gateway's delivery reports)
     * that the service authenticates itself, e.g. with a shared secret.
     */
    public Builder permitAnonymous(HttpMethod method, String pattern) {
      rules.add(new EndpointRule(method, checked(pattern), Set.of(), Optional.empty()));
      return this;
    }

    /** GET (and HEAD) for these roles. */
    public Builder read(String pattern, Role... roles) {
      return allow(HttpMethod.GET, pattern, roles);
    }

    private Builder add(HttpMethod method, String pattern, Optional<UnitFrom> unit, Role... roles) {
      if (roles.length == 0) {
        throw new IllegalArgumentException(
            "A rule needs at least one role: " + method + " " + pattern);
      }
      rules.add(
          new EndpointRule(method, checked(pattern), EnumSet.copyOf(Arrays.asList(roles)), unit));
      return this;
    }

    private static String checked(String pattern) {
      if (!pattern.startsWith("/")) {
        throw new IllegalArgumentException("Patterns start with '/': " + pattern);
      }
      return pattern;
    }

    /** The rules, after the platform's own endpoints' rules (the audit trail: ADMIN, MONITOR). */
    public EndpointPolicy build() {
      List<EndpointRule> all = new ArrayList<>();
      all.add(
          new EndpointRule(
              HttpMethod.GET,
              "/api/v1/audit",
              EnumSet.of(Role.ADMIN, Role.MONITOR),
              Optional.empty()));
      all.addAll(rules);
      return new EndpointPolicy(all);
    }
  }
}
