package vn.dienbien.testsupport.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.web.client.RestClient;

/**
 * The access matrix of a service, reads and writes alike: every {@code /api} handler must have a
 * policy rule, and for each one: 401 without a token, 403 for every role the rule does not list,
 * neither 401 nor 403 for every role it lists (a 400/404/409 is fine; a read with an example must
 * answer 2xx), and 403 for a UNIT_OFFICER or UNIT_APPROVER of another unit where the rule is
 * unit-scoped and lists that role — a read of one unit's data included (anonymous rules: neither
 * 401 nor 403 without a token). Subclass with {@code @SpringBootTest(webEnvironment =
 * RANDOM_PORT)}.
 */
public abstract class SecurityMatrixTests extends SecuredIntegrationTestBase {

  static final List<String> ROLES =
      List.of("ADMIN", "EDITOR", "MONITOR", "UNIT_OFFICER", "UNIT_APPROVER", "VIEWER");

  /** Roles held to the unit of their token: each is checked against another unit's resource. */
  static final List<String> UNIT_BOUND = List.of("UNIT_OFFICER", "UNIT_APPROVER");

  /**
   * A concrete call for an endpoint; {@code {unit}} in either part stands for {@link #ownUnit()}.
   */
  public record Example(String path, String body) {}

  @LocalServerPort protected int port;

  @Autowired protected ApplicationContext context;

  private final AtomicInteger users = new AtomicInteger();

  /** The unit whose officer is allowed; resources in {@link #examples()} belong to it. */
  protected String ownUnit() {
    return "XA-MUONG-NHE";
  }

  protected String otherUnit() {
    return "PHUONG-DIEN-BIEN-PHU";
  }

  /**
   * Calls for endpoints a generic request cannot exercise, keyed "METHOD pattern" — required for
   * rules scoped by the service (an existing resource of {@link #ownUnit()} to act on).
   */
  protected Map<String, Example> examples() {
    return Map.of();
  }

  /**
   * The calls one role makes, where roles need different resources (an approver decides own-level
   * models, the monitoring body provincial ones); {@link #examples()} unless overridden.
   */
  protected Map<String, Example> examples(String role) {
    return examples();
  }

  /** The unit claim of each role's test user. */
  protected Optional<String> unitOf(String role) {
    return switch (role) {
      case "UNIT_OFFICER", "UNIT_APPROVER" -> Optional.of(ownUnit());
      case "MONITOR" -> Optional.of("BTGDV-TU");
      case "EDITOR" -> Optional.of("VP-TU");
      default -> Optional.empty();
    };
  }

  @Test
  void everyEndpointHasAPolicyRule() {
    assertThat(Endpoints.of(context)).as("handlers under /api").isNotEmpty();
    assertThat(uncovered(PolicyTable.of(context)))
        .as("endpoints without an EndpointPolicy rule")
        .isEmpty();
  }

  @TestFactory
  Stream<DynamicTest> everyEndpointAnswersEveryRoleAsThePolicySays() {
    PolicyTable policy = PolicyTable.of(context);
    return Endpoints.of(context).stream()
        .map(endpoint ->
            DynamicTest.dynamicTest(
                endpoint.toString(),
                () -> assertThat(mismatches(policy, endpoint)).as(endpoint.toString()).isEmpty()));
  }

  /**
   * Endpoints a policy (an EndpointPolicy instance) has no rule for: lets a test prove the check
   * bites.
   */
  protected final List<String> uncovered(Object policy) {
    return uncovered(PolicyTable.of(policy));
  }

  /** Every way the running service disagrees with {@code policy} (an EndpointPolicy instance). */
  protected final List<String> mismatches(Object policy) {
    PolicyTable table = PolicyTable.of(policy);
    return Endpoints.of(context).stream()
        .flatMap(e -> mismatches(table, e).stream().map(m -> e.key() + " " + m))
        .toList();
  }

  private List<String> uncovered(PolicyTable policy) {
    return Endpoints.of(context).stream()
        .filter(e ->
            policy
                .decide(e.method().name(), request(e, Optional.empty(), ownUnit()).path())
                .isEmpty())
        .map(Endpoints.Endpoint::toString)
        .toList();
  }

  private List<String> mismatches(PolicyTable policy, Endpoints.Endpoint endpoint) {
    MatrixRequest generic = request(endpoint, Optional.empty(), ownUnit());
    return policy
        .decide(endpoint.method().name(), generic.path())
        .map(rule -> check(RestClient.create("http://localhost:" + port), rule, endpoint))
        .orElse(List.of("no policy rule"));
  }

  private List<String> check(RestClient client, PolicyTable.Row rule, Endpoints.Endpoint endpoint) {
    List<String> wrong = new ArrayList<>();
    MatrixRequest call = request(endpoint, Optional.of(rule), ownUnit(), examples());
    if (rule.anonymous()) {
      int status = call.send(client, null).status();
      if (status == 401 || status == 403) {
        wrong.add("no token: the rule permits anonymous callers but got " + status);
      }
      return wrong;
    }
    expect(wrong, "no token", call.send(client, null), 401);
    for (String role : ROLES) {
      MatrixRequest asRole = request(endpoint, Optional.of(rule), ownUnit(), examples(role));
      MatrixRequest.Answer answer = asRole.send(client, token(role, unitOf(role).orElse(null)));
      if (rule.roles().contains(role)) {
        if (answer.status() == 401 || answer.status() == 403) {
          wrong.add(role + ": allowed by the policy but got " + answer.status());
        } else if (readsAnExample(endpoint, role)
            && (answer.status() < 200 || answer.status() > 299)) {
          wrong.add(role + ": allowed to read the example but got " + answer.status());
        }
      } else {
        expect(wrong, role, answer, 403);
      }
    }
    if (rule.scoped() && !rule.unitSource().equals("token")) {
      for (String role : UNIT_BOUND) {
        if (rule.roles().contains(role)) {
          checkOtherUnit(client, rule, endpoint, role, wrong);
        }
      }
    }
    return wrong;
  }

  /** A unit-bound role of another unit acting on the example (of {@link #ownUnit()}): 403. */
  private void checkOtherUnit(
      RestClient client,
      PolicyTable.Row rule,
      Endpoints.Endpoint endpoint,
      String role,
      List<String> wrong) {
    Map<String, Example> examples = examples(role);
    if (rule.unitSource().equals("service") && !examples.containsKey(endpoint.key())) {
      wrong.add(
          role
              + ": rule is scoped by the service: add an example acting on a resource of "
              + ownUnit());
      return;
    }
    MatrixRequest call = request(endpoint, Optional.of(rule), ownUnit(), examples);
    expect(wrong, role + " of " + otherUnit(), call.send(client, token(role, otherUnit())), 403);
  }

  /** A read with an example acts on a resource that exists: an allowed role must get it. */
  private boolean readsAnExample(Endpoints.Endpoint endpoint, String role) {
    return !endpoint.writes() && examples(role).containsKey(endpoint.key());
  }

  private static void expect(
      List<String> wrong, String who, MatrixRequest.Answer answer, int status) {
    if (answer.status() != status) {
      wrong.add(who + ": expected " + status + " but got " + answer.status());
    } else if (!answer.contentType().startsWith("application/problem+json")) {
      wrong.add(
          who + ": " + status + " without application/problem+json (" + answer.contentType() + ")");
    }
  }

  private String token(String role, String unit) {
    return TestTokens.mint(
        "matrix-" + role.toLowerCase() + "-" + users.incrementAndGet(), unit, role);
  }

  private MatrixRequest request(
      Endpoints.Endpoint endpoint, Optional<PolicyTable.Row> rule, String unit) {
    return request(endpoint, rule, unit, examples());
  }

  private MatrixRequest request(
      Endpoints.Endpoint endpoint,
      Optional<PolicyTable.Row> rule,
      String unit,
      Map<String, Example> examples) {
    Example example = examples.get(endpoint.key());
    String unitVar =
        rule.filter(r -> r.unitSource().equals("path")).map(PolicyTable.Row::unitName).orElse("");
    String path =
        example != null
            ? example.path().replace("{unit}", unit)
            : concrete(
                unitVar.isEmpty()
                    ? endpoint.pattern()
                    : endpoint.pattern().replace("{" + unitVar + "}", unit));
    if (rule.map(r -> r.unitSource().equals("query")).orElse(false)) {
      path += (path.contains("?") ? "&" : "?") + rule.get().unitName() + "=" + unit;
    }
    String body =
        example != null && example.body() != null
            ? example.body().replace("{unit}", unit)
            : rule.filter(r -> r.unitSource().equals("body"))
                .map(r -> bodyWith(r.unitName(), unit))
                .orElse("{}");
    return new MatrixRequest(endpoint, path, body);
  }

  /** Path variables become "x" ("0" where a regex constrains them, usually to digits). */
  private static String concrete(String pattern) {
    return pattern
        .replaceAll("\\{[^}:]+:[^}]+}", "0")
        .replaceAll("\\{[^}]+}", "x")
        .replace("/**", "/x");
  }

  private static String bodyWith(String field, String unit) {
    String json = "\"" + unit + "\"";
    String[] parts = field.split("\\.");
    for (int i = parts.length - 1; i >= 0; i--) {
      json = "{\"" + parts[i] + "\":" + json + "}";
    }
    return json;
  }
}
