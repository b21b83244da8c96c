package vn.dienbien.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.test.context.TestPropertySource;
import vn.dienbien.platform.securityapp.SecuredTestApplication;
import vn.dienbien.testsupport.security.SecuredIntegrationTestBase;
import vn.dienbien.testsupport.security.TestTokens;
import vn.dienbien.testsupport.time.TestClock;

/**
 * Tokens, headers, public paths, Prometheus credential and the write rate limit of a secured
 * service.
 */
@SpringBootTest(
    classes = SecuredTestApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(locations = "classpath:secured-app.properties")
class SecurityIntegrationTests extends SecuredIntegrationTestBase {

  @LocalServerPort int port;
  @Autowired TestClock clock;

  private SecuredApiClient api() {
    return new SecuredApiClient(port);
  }

  @Test
  void missingOrBadTokensAreVietnameseProblemsWithABearerChallenge() {
    var none = api().get("/api/v1/whoami", null);
    assertThat(none.status()).isEqualTo(401);
    assertThat(none.contentType()).startsWith("application/problem+json");
    assertThat(none.body().path("title").asString()).isEqualTo("Chưa xác thực");
    assertThat(none.headers().getFirst(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Bearer");

    var expired =
        TestTokens.encode(
            JwtClaimsSet.builder()
                .issuer(TestTokens.ISSUER)
                .subject("viewer")
                .issuedAt(Instant.now().minusSeconds(7200))
                .expiresAt(Instant.now().minusSeconds(3600))
                .claim("roles", List.of("VIEWER"))
                .build());
    var foreign =
        TestTokens.encode(
            JwtClaimsSet.builder()
                .issuer("http://evil.example")
                .subject("viewer")
                .expiresAt(Instant.now().plusSeconds(600))
                .claim("roles", List.of("VIEWER"))
                .build());
    for (String token : List.of(expired, foreign, "not-a-jwt")) {
      var refused = api().get("/api/v1/whoami", token);
      assertThat(refused.status()).isEqualTo(401);
      assertThat(refused.contentType()).startsWith("application/problem+json");
      assertThat(refused.body().toString()).doesNotContain("Exception", "at org.");
    }
  }

  private static JwtClaimsSet.Builder viewerClaims() {
    return JwtClaimsSet.builder()
        .issuer(TestTokens.ISSUER)
        .subject("viewer")
        .issuedAt(Instant.now().minusSeconds(3600))
        .claim("roles", List.of("VIEWER"));
  }

  @Test
  void tokensWithoutAudienceOrExpiryOrForAnotherAudienceAreRefusedAsInvalid() {
    Instant inAnHour = Instant.now().plusSeconds(3600);
    var noAudience = TestTokens.encode(viewerClaims().expiresAt(inAnHour).build());
    var foreignAudience =
        TestTokens.encode(
            viewerClaims().audience(List.of("another-system")).expiresAt(inAnHour).build());
    var noExpiry = TestTokens.encode(viewerClaims().audience(List.of(TestTokens.AUDIENCE)).build());
    for (String token : List.of(noAudience, foreignAudience, noExpiry)) {
      var refused = api().get("/api/v1/whoami", token);
      assertThat(refused.status()).isEqualTo(401);
      assertThat(refused.contentType()).startsWith("application/problem+json");
      assertThat(refused.body().path("code").asString()).isEqualTo("token-invalid");
      assertThat(refused.body().path("title").asString()).isEqualTo("Mã truy cập không hợp lệ");
    }
    var right =
        TestTokens.encode(
            viewerClaims().audience(List.of(TestTokens.AUDIENCE)).expiresAt(inAnHour).build());
    assertThat(api().get("/api/v1/whoami", right).status()).isEqualTo(200);
  }

  @Test
  void anExpiredTokenIsToldApartFromAnInvalidOneWithinABoundedClockSkew() {
    var justExpired =
        TestTokens.encode(
            viewerClaims()
                .audience(List.of(TestTokens.AUDIENCE))
                .expiresAt(Instant.now().minusSeconds(20))
                .build());
    assertThat(api().get("/api/v1/whoami", justExpired).status())
        .as("20 s past exp is inside the 60 s skew")
        .isEqualTo(200);
    var expired =
        TestTokens.encode(
            viewerClaims()
                .audience(List.of(TestTokens.AUDIENCE))
                .expiresAt(Instant.now().minusSeconds(180))
                .build());
    var refused = api().get("/api/v1/whoami", expired);
    assertThat(refused.status()).isEqualTo(401);
    assertThat(refused.body().path("code").asString()).isEqualTo("token-expired");
    assertThat(refused.body().path("title").asString()).isEqualTo("Phiên đăng nhập đã hết hạn");
    assertThat(refused.headers().getFirst(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Bearer");
  }

  @Test
  void tokenLifetimesAreMachineTimeWhereverTheBusinessClockStands() {
    var fresh =
        TestTokens.encode(
            viewerClaims()
                .audience(List.of(TestTokens.AUDIENCE))
                .expiresAt(Instant.now().plusSeconds(3600))
                .build());
    var expired =
        TestTokens.encode(
            viewerClaims()
                .audience(List.of(TestTokens.AUDIENCE))
                .expiresAt(Instant.now().minusSeconds(180))
                .build());
    try {
      // Operators may run "as of" another day: tokens stamped by the issuer must not care.
      for (var day : List.of(LocalDate.of(2031, 6, 1), LocalDate.of(2025, 3, 1))) {
        clock.travelTo(day.atTime(9, 0));
        assertThat(api().get("/api/v1/whoami", fresh).status())
            .as("fresh on %s", day)
            .isEqualTo(200);
        var refused = api().get("/api/v1/whoami", expired);
        assertThat(refused.status()).as("expired on %s", day).isEqualTo(401);
        assertThat(refused.body().path("code").asString()).isEqualTo("token-expired");
      }
    } finally {
      clock.reset();
    }
  }

  @Test
  void healthDetailsOnlyForAdminsAndTheMetricsCredential() {
    var anonymous = api().get("/actuator/health/readiness", null);
    assertThat(anonymous.status()).isEqualTo(200);
    assertThat(anonymous.body().has("components")).isFalse();
    assertThat(api().get("/actuator/health", null).body().toString())
        .doesNotContain("clusterId", "path", "database");
    assertThat(
            api()
                .get("/actuator/health", TestTokens.mint("viewer", null, "VIEWER"))
                .body()
                .has("components"))
        .isFalse();
    var admin = api().get("/actuator/health/readiness", TestTokens.mint("admin", null, "ADMIN"));
    assertThat(admin.body().path("components").path("kafka").path("status").asString())
        .isEqualTo("UP");
    assertThat(admin.body().path("components").path("mongo").path("status").asString())
        .isEqualTo("UP");
    var basic = new HttpHeaders();
    basic.setBasicAuth("prometheus", "scrape-secret");
    var scraper = api().call(HttpMethod.GET, "/actuator/health", null, null, basic);
    assertThat(scraper.body().path("components").has("kafka")).isTrue();
    basic.setBasicAuth("prometheus", "wrong");
    assertThat(api().call(HttpMethod.GET, "/actuator/health", null, null, basic).status())
        .isEqualTo(401);
  }

  @Test
  void firewallRefusalsAreVietnameseProblems() {
    var raw = new vn.dienbien.testsupport.http.RawHttp(port);
    String token = TestTokens.mint("viewer", null, "VIEWER");
    for (String target : List.of("//api/v1/whoami", "/api/v1/whoami;x=1", "/api/v1/%2e%2e/x")) {
      var answer = raw.get(target, java.util.Map.of("Authorization", "Bearer " + token));
      assertThat(answer.status()).as(target).isEqualTo(400);
      assertThat(answer.isProblem()).as(target + " " + answer.text()).isTrue();
      assertThat(answer.text()).doesNotContain("Bad Request", "<html");
    }
  }

  @Test
  void identityHeadersComeFromTheTokenNotFromTheClient() {
    var spoofed = new HttpHeaders();
    spoofed.add("X-User-Id", "monitor");
    spoofed.add("X-Unit-Id", "BTGDV-TU");
    String token = TestTokens.mint("officer.muongnhe", "XA-MUONG-NHE", "UNIT_OFFICER");
    var answer = api().call(HttpMethod.GET, "/api/v1/whoami", token, null, spoofed);
    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.body().path("header-user").asString()).isEqualTo("officer.muongnhe");
    assertThat(answer.body().path("header-unit").asString()).isEqualTo("XA-MUONG-NHE");
    assertThat(answer.body().path("unit").asString()).isEqualTo("XA-MUONG-NHE");
  }

  @Test
  void unknownApiPathsAndUnknownRolesAreDenied() {
    String admin = TestTokens.mint("admin", null, "ADMIN");
    assertThat(
            api()
                .call(HttpMethod.PUT, "/api/v1/reports/R-1", admin, "{}", new HttpHeaders())
                .status())
        .isEqualTo(403);
    assertThat(api().get("/api/v1/whoami", TestTokens.mint("someone", null, "SUPERUSER")).status())
        .isEqualTo(403);
  }

  @Test
  void otherUnitsAreRefusedWithoutNamingThem() {
    String officer = TestTokens.mint("officer.dienbienphu", "PHUONG-DIEN-BIEN-PHU", "UNIT_OFFICER");
    var answer =
        api()
            .post("/api/v1/reports", officer, "{\"unitId\":\"XA-MUONG-NHE\",\"title\":\"Quý IV\"}");
    assertThat(answer.status()).isEqualTo(403);
    assertThat(answer.body().path("code").asString()).isEqualTo("forbidden-unit");
    assertThat(answer.body().toString()).doesNotContain("XA-MUONG-NHE");
  }

  @Test
  void aChunkedBodyOverTheLimitIsRefusedBeforeTheUnitCheckReadsIt() throws Exception {
    String officer = TestTokens.mint("officer.chunked", "XA-MUONG-NHE", "UNIT_OFFICER");
    String big = "{\"unitId\":\"XA-MUONG-NHE\",\"title\":\"" + "x".repeat(300 * 1024) + "\"}";
    var request =
        java.net.http.HttpRequest.newBuilder(
                java.net.URI.create("http://localhost:" + port + "/api/v1/reports"))
            .header("Authorization", "Bearer " + officer)
            .header("Content-Type", "application/json")
            .POST(
                java.net.http.HttpRequest.BodyPublishers.ofInputStream(
                    () -> new java.io.ByteArrayInputStream(big.getBytes())))
            .build();
    var answer =
        java.net.http.HttpClient.newHttpClient()
            .send(request, java.net.http.HttpResponse.BodyHandlers.ofString());
    assertThat(answer.statusCode()).isEqualTo(413);
    assertThat(answer.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
  }

  @Test
  void probesAndApiDocsArePublicAndPrometheusNeedsItsOwnCredential() {
    assertThat(api().get("/actuator/health/liveness", null).status()).isEqualTo(200);
    var docs = api().get("/v3/api-docs", null);
    assertThat(docs.status()).isEqualTo(200);
    assertThat(
            docs.body()
                .path("components")
                .path("securitySchemes")
                .path("dang-nhap")
                .path("flows")
                .path("authorizationCode")
                .path("authorizationUrl")
                .asString())
        .isEqualTo("http://127.0.0.1:9000/oauth2/authorize");
    assertThat(api().get("/actuator/prometheus", null).status()).isEqualTo(401);
    assertThat(api().get("/actuator/prometheus", TestTokens.mint("admin", null, "ADMIN")).status())
        .isEqualTo(401);
    var basic = new HttpHeaders();
    basic.setBasicAuth("prometheus", "wrong");
    assertThat(api().call(HttpMethod.GET, "/actuator/prometheus", null, null, basic).status())
        .isEqualTo(401);
    basic.set(
        HttpHeaders.AUTHORIZATION,
        "Basic " + Base64.getEncoder().encodeToString("prometheus:scrape-secret".getBytes()));
    assertThat(api().call(HttpMethod.GET, "/actuator/prometheus", null, null, basic).status())
        .isEqualTo(200);
    assertThat(api().get("/actuator/metrics", TestTokens.mint("viewer", null, "VIEWER")).status())
        .isEqualTo(403);
  }

  @Test
  void writesBeyondTheBucketAreRefusedWith429AndRetryAfter() {
    String officer = TestTokens.mint("officer.burst", "XA-NAM-KE", "UNIT_OFFICER");
    for (int i = 0; i < 5; i++) {
      assertThat(api().post("/api/v1/units/XA-NAM-KE/reports", officer, null).status())
          .isEqualTo(201);
    }
    var limited = api().post("/api/v1/units/XA-NAM-KE/reports", officer, null);
    assertThat(limited.status()).isEqualTo(429);
    assertThat(limited.contentType()).startsWith("application/problem+json");
    assertThat(Long.parseLong(limited.headers().getFirst("Retry-After"))).isPositive();
    assertThat(api().get("/api/v1/whoami", officer).status())
        .as("reads are not limited")
        .isEqualTo(200);
  }

  @Test
  void anExemptUserIsNotLimitedWhileOthersAre() {
    String load = TestTokens.mint("bench-load", "XA-NAM-KE", "UNIT_OFFICER");
    for (int i = 0; i < 8; i++) {
      assertThat(api().post("/api/v1/units/XA-NAM-KE/reports", load, null).status())
          .as("write %d of the exempt load user", i + 1)
          .isEqualTo(201);
    }
    String other = TestTokens.mint("officer.other", "XA-NAM-KE", "UNIT_OFFICER");
    for (int i = 0; i < 5; i++) {
      api().post("/api/v1/units/XA-NAM-KE/reports", other, null);
    }
    assertThat(api().post("/api/v1/units/XA-NAM-KE/reports", other, null).status()).isEqualTo(429);
  }
}
