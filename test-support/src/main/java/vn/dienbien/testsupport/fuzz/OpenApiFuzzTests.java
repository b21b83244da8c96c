package vn.dienbien.testsupport.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.dienbien.testsupport.http.RawHttp;
import vn.dienbien.testsupport.security.SecuredIntegrationTestBase;
import vn.dienbien.testsupport.security.TestTokens;

/**
 * The project's own fuzz test of a service (issue 14): walks every {@code /api} operation of the
 * service's OpenAPI document with the bad inputs of {@link BadInputs}, sent byte for byte, and
 * asserts that none is answered with a 5xx, that every 4xx is {@code application/problem+json} with
 * a Vietnamese title and no internals, and that a refused write changes nothing in the store.
 * Seeded and bounded: the same requests every run, at most {@link #perClass()} per class of input
 * and operation. A summary line and the findings go to {@code target/fuzz-report.txt}.
 *
 * <p>Subclass with {@code @SpringBootTest(webEnvironment = RANDOM_PORT)}, on the same configuration
 * as the service's other secured tests so the context is shared.
 */
public abstract class OpenApiFuzzTests extends SecuredIntegrationTestBase {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final int WRITES_PER_USER = 40;
  private static final int SHOWN = 25;

  @LocalServerPort protected int port;

  @Autowired protected ApplicationContext context;

  /** The fixed seed: change it only to explore, never to make a run pass. */
  protected long seed() {
    return 20_261_130L;
  }

  /** At most this many requests per class of bad input and operation. */
  protected int perClass() {
    return 10;
  }

  /** The unit claim of the fuzzing token (which carries every role). */
  protected String unit() {
    return "XA-MUONG-NHE";
  }

  /**
   * Collections that change without a request (audit trail, locks, the relay's markers — {@code
   * outbox_markers}, and {@code outbox_pending} they are adopted from — and dedupe).
   */
  protected Set<String> volatileCollections() {
    return Set.of("audit_log", "shedlock", "outbox_markers", "outbox_pending", "inbox_processed");
  }

  /** Run before fuzzing, e.g. to wait for seeding to finish. */
  protected void awaitQuiet() {}

  @Test
  void noBadInputGivesA5xxAnErrorThatIsNotProblemJsonOrAStateChange() {
    JsonNode document = apiDocs();
    List<ApiOperation> operations = ApiOperation.of(document);
    assertThat(operations).as("operations under /api").isNotEmpty();
    awaitQuiet();
    MongoTemplate mongo = context.getBean(MongoTemplate.class);
    StoreFingerprint store = new StoreFingerprint(mongo, volatileCollections());
    Findings findings = new Findings();
    Instant start = Instant.now();
    RawHttp http = new RawHttp(port);
    Tokens tokens = new Tokens();
    Map<String, Integer> before = null;
    for (ApiOperation operation : operations) {
      for (FuzzCase c : new BadInputs(operation, seed(), perClass()).cases()) {
        if (!operation.writes()) {
          findings.check(c, send(http, c, tokens, findings));
          continue;
        }
        // A refused write leaves the store as it was: its "after" is the next write's "before".
        before = before == null ? store.take() : before;
        RawHttp.Response response = send(http, c, tokens, findings);
        findings.check(c, response);
        Map<String, Integer> after = store.take();
        if (response.status() >= 400 && !after.equals(before)) {
          findings.stateChanged(c, response, changed(before, after));
        }
        before = after;
      }
    }
    Duration took = Duration.between(start, Instant.now());
    String summary =
        String.format(
            "%s: %d operations walked, %d requests, %d × 5xx, %d non-problem+json 4xx,"
                + " %d refused writes that changed state, %.1f s; answers by status %s",
            context.getEnvironment().getProperty("spring.application.name"),
            operations.size(),
            findings.requests,
            findings.serverErrors.size(),
            findings.notProblems.size(),
            findings.stateChanges.size(),
            took.toMillis() / 1000.0,
            findings.statuses);
    report(summary, findings);
    assertThat(findings.serverErrors).as("5xx answers").isEmpty();
    assertThat(findings.notProblems)
        .as("4xx answers that are not Vietnamese problem+json")
        .isEmpty();
    assertThat(findings.stateChanges).as("refused writes that changed the store").isEmpty();
  }

  private JsonNode apiDocs() {
    RawHttp.Response docs = new RawHttp(port).get("/v3/api-docs", Map.of());
    assertThat(docs.status()).as("GET /v3/api-docs").isEqualTo(200);
    return JSON.readTree(docs.body());
  }

  private RawHttp.Response send(RawHttp http, FuzzCase c, Tokens tokens, Findings findings) {
    long start = System.nanoTime();
    RawHttp.Response response = send(http, c, tokens);
    findings.timed(c, (System.nanoTime() - start) / 1_000_000);
    return response;
  }

  private RawHttp.Response send(RawHttp http, FuzzCase c, Tokens tokens) {
    Map<String, String> headers = new LinkedHashMap<>(c.headers());
    switch (c.token()) {
      case VALID -> headers.put("Authorization", "Bearer " + tokens.next(unit()));
      case GARBAGE -> headers.put("Authorization", "Bearer not.a.jwt");
      case FOREIGN -> headers.put("Authorization", "Bearer " + Tokens.foreign());
      case NONE -> {}
    }
    return http.send(c.method(), c.target(), headers, c.body());
  }

  private static String changed(Map<String, Integer> before, Map<String, Integer> after) {
    List<String> names = new ArrayList<>();
    after.forEach((k, v) -> {
      if (!v.equals(before.get(k))) {
        names.add(k);
      }
    });
    return String.join(",", names);
  }

  private void report(String summary, Findings findings) {
    StringBuilder text = new StringBuilder(summary).append('\n');
    findings.all().stream().limit(200).forEach(f -> text.append("  ").append(f).append('\n'));
    System.out.println("FUZZ " + text);
    try {
      Files.writeString(
          Path.of("target", "fuzz-report.txt"),
          text,
          StandardCharsets.UTF_8,
          StandardOpenOption.CREATE,
          StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A token with every role, for a fresh user every few writes (the write rate limit). */
  private static final class Tokens {
    private int calls;
    private String current;

    String next(String unit) {
      if (current == null || calls++ % WRITES_PER_USER == 0) {
        current =
            TestTokens.mint(
                "fuzz-" + calls,
                unit,
                "ADMIN",
                "EDITOR",
                "MONITOR",
                "UNIT_OFFICER",
                "UNIT_APPROVER",
                "VIEWER");
      }
      return current;
    }

    static String foreign() {
      Instant now = Instant.now();
      return TestTokens.encode(
          JwtClaimsSet.builder()
              .issuer(TestTokens.ISSUER)
              .subject("fuzz-foreign")
              .audience(List.of("another-system"))
              .issuedAt(now)
              .expiresAt(now.plusSeconds(600))
              .claim("roles", List.of("ADMIN"))
              .build());
    }
  }

  /** What went wrong, by kind, with examples. */
  private static final class Findings {
    int requests;
    final Map<Integer, Integer> statuses = new java.util.TreeMap<>();
    final java.util.TreeMap<Long, String> slowest = new java.util.TreeMap<>();

    void timed(FuzzCase c, long millis) {
      slowest.put(millis * 100_000 + slowest.size() % 100_000, millis + " ms " + c);
      while (slowest.size() > 5) {
        slowest.pollFirstEntry();
      }
    }

    final List<String> serverErrors = new ArrayList<>();
    final List<String> notProblems = new ArrayList<>();
    final List<String> stateChanges = new ArrayList<>();

    void check(FuzzCase c, RawHttp.Response response) {
      requests++;
      int status = response.status();
      statuses.merge(status, 1, Integer::sum);
      if (status >= 500) {
        serverErrors.add(status + " " + c + " :: " + excerpt(response));
      } else if (status >= 400 && !isVietnameseProblem(response)) {
        notProblems.add(
            status + " " + c + " :: " + response.contentType() + " " + excerpt(response));
      }
    }

    void stateChanged(FuzzCase c, RawHttp.Response response, String collections) {
      stateChanges.add(response.status() + " " + c + " changed " + collections);
    }

    List<String> all() {
      List<String> all = new ArrayList<>();
      serverErrors.stream().limit(SHOWN).forEach(all::add);
      notProblems.stream().limit(SHOWN).forEach(all::add);
      stateChanges.stream().limit(SHOWN).forEach(all::add);
      slowest.descendingMap().values().forEach(s -> all.add("slowest: " + s));
      return all;
    }

    private static boolean isVietnameseProblem(RawHttp.Response response) {
      if (!response.isProblem()) {
        return false;
      }
      String text = response.text();
      if (text.contains("Exception") || text.contains("at org.") || text.contains("<html")) {
        return false;
      }
      try {
        JsonNode body = JSON.readTree(response.body());
        return body.path("status").asInt() == response.status()
            && body.path("title").asString("").matches(".*[^\\x00-\\x7F].*");
      } catch (RuntimeException e) {
        return false;
      }
    }

    private static String excerpt(RawHttp.Response response) {
      String text = response.text().replace('\n', ' ');
      return text.length() > 240 ? text.substring(0, 240) + "…" : text;
    }
  }
}
