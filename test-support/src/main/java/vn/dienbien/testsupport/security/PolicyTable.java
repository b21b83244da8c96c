package vn.dienbien.testsupport.security;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationContext;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * The service's EndpointPolicy as plain rows, read through its {@code asTable()} method:
 * test-support cannot depend on the platform module (the platform's own tests depend on this one),
 * so the policy describes itself in JDK types.
 */
final class PolicyTable {

  static final String POLICY_CLASS = "vn.dienbien.platform.security.EndpointPolicy";

  /** One rule: {@code unitFrom} is "", "token", "service", or "path:x" / "query:x" / "body:x". */
  record Row(String method, String pattern, Set<String> roles, String unitFrom, boolean anonymous) {
    boolean scoped() {
      return !unitFrom.isEmpty();
    }

    String unitSource() {
      int colon = unitFrom.indexOf(':');
      return colon < 0 ? unitFrom : unitFrom.substring(0, colon);
    }

    String unitName() {
      int colon = unitFrom.indexOf(':');
      return colon < 0 ? "" : unitFrom.substring(colon + 1);
    }
  }

  private final List<Row> rows;

  private PolicyTable(List<Row> rows) {
    this.rows = rows;
  }

  static PolicyTable of(ApplicationContext context) {
    try {
      return of(context.getBean(Class.forName(POLICY_CLASS)));
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException("The platform module is not on the classpath", e);
    }
  }

  @SuppressWarnings("unchecked")
  static PolicyTable of(Object policy) {
    try {
      var table = (List<Map<String, String>>) policy.getClass().getMethod("asTable").invoke(policy);
      return new PolicyTable(
          table.stream()
              .map(r ->
                  new Row(
                      r.get("method"),
                      r.get("pattern"),
                      Arrays.stream(r.get("roles").split(","))
                          .filter(s -> !s.isEmpty())
                          .collect(Collectors.toSet()),
                      r.get("unitFrom"),
                      Boolean.parseBoolean(r.get("anonymous"))))
              .toList());
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(
          "The service declares no readable " + POLICY_CLASS + " bean", e);
    }
  }

  /** The rule that decides a request to {@code path}: the first whose method and pattern match. */
  Optional<Row> decide(String method, String path) {
    int query = path.indexOf('?');
    PathContainer container = PathContainer.parsePath(query < 0 ? path : path.substring(0, query));
    return rows.stream()
        .filter(r -> r.method().equals(method))
        .filter(r -> PathPatternParser.defaultInstance.parse(r.pattern()).matches(container))
        .findFirst();
  }
}
