package vn.dienbien.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/** The local profile: tokens for curl, verifiable with the keys the server publishes. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("local")
@TestPropertySource(properties = "auth.key-file=")
class LocalDemoTokenIntegrationTests {

  @LocalServerPort int port;

  private AuthServerClient server() {
    return new AuthServerClient(port);
  }

  private Jwt verify(String token) {
    // The services' path: keys from the published JWKS, issuer checked.
    NimbusJwtDecoder decoder =
        NimbusJwtDecoder.withJwkSetUri(server().base() + "/oauth2/jwks").build();
    decoder.setJwtValidator(JwtValidators.createDefaultWithIssuer("http://127.0.0.1:9000"));
    return decoder.decode(token);
  }

  @Test
  void anOfficersTokenCarriesRolesUnitAndNameAndVerifiesAgainstTheJwks() {
    var answer = server().demoToken("officer.muongnhe", "demo-2026", true);
    assertThat(answer.status()).isEqualTo(200);
    Jwt jwt = verify(answer.body());
    assertThat(jwt.getSubject()).isEqualTo("officer.muongnhe");
    assertThat(jwt.getClaimAsStringList("roles")).containsExactly("UNIT_OFFICER");
    assertThat(jwt.getClaimAsString("unit")).isEqualTo("XA-MUONG-NHE");
    assertThat(jwt.getClaimAsString("name")).isEqualTo("Cán bộ xã Mường Nhé");
    assertThat(jwt.getClaims()).doesNotContainKeys("email", "phone_number");
    assertThat(jwt.getAudience()).containsExactly("directive-tracking");
    assertThat(jwt.getExpiresAt()).isNotNull();
  }

  @Test
  void theCommuneApproversTokenCarriesBothUnitRolesForTheirCommune() {
    Jwt jwt = verify(server().demoToken("approver.muongnhe", "demo-2026", true).body());
    assertThat(jwt.getClaimAsStringList("roles")).containsExactly("UNIT_OFFICER", "UNIT_APPROVER");
    assertThat(jwt.getClaimAsString("unit")).isEqualTo("XA-MUONG-NHE");
    assertThat(jwt.getClaimAsString("name")).isEqualTo("Thường trực Đảng ủy xã Mường Nhé");
  }

  @Test
  void everyDemoUserGetsATokenAsJsonForTheirRole() {
    for (String user : List.of("admin", "editor", "monitor", "officer.dienbienphu", "viewer")) {
      var answer = server().demoToken(user, "demo-2026", false);
      assertThat(answer.status()).as(user).isEqualTo(200);
      assertThat(answer.body()).contains("\"token_type\":\"Bearer\"", "\"access_token\":\"");
    }
    String monitor = server().demoToken("monitor", "demo-2026", true).body();
    assertThat(verify(monitor).getClaimAsString("unit")).isEqualTo("BTGDV-TU");
    assertThat(verify(server().demoToken("viewer", "demo-2026", true).body()).hasClaim("unit"))
        .isFalse();
  }

  @Test
  void anyCommunesOfficerSignsInAsOfficerAtTheUnitCode() {
    Jwt jwt = verify(server().demoToken("officer@XA-SIN-THAU", "demo-2026", true).body());
    assertThat(jwt.getSubject()).isEqualTo("officer@XA-SIN-THAU");
    assertThat(jwt.getClaimAsStringList("roles")).containsExactly("UNIT_OFFICER");
    assertThat(jwt.getClaimAsString("unit")).isEqualTo("XA-SIN-THAU");
    assertThat(server().demoToken("officer@xa-sin-thau", "demo-2026", true).status())
        .isEqualTo(401);
    assertThat(server().demoToken("officer@", "demo-2026", true).status()).isEqualTo(401);
    assertThat(server().demoToken("officer@XA-SIN-THAU", "guess", true).status()).isEqualTo(401);
  }

  @Test
  void wrongPasswordsAndUnknownUsersGetNoToken() {
    var wrong = server().demoToken("monitor", "guess", false);
    assertThat(wrong.status()).isEqualTo(401);
    assertThat(wrong.contentType()).startsWith("application/problem+json");
    assertThat(wrong.body()).doesNotContain("access_token");
    assertThat(server().demoToken("nobody", "demo-2026", false).status()).isEqualTo(401);
  }

  @Test
  void discoveryAndJwksArePublished() {
    var discovery = server().get("/.well-known/openid-configuration");
    assertThat(discovery.status()).isEqualTo(200);
    assertThat(discovery.body()).contains("\"issuer\":\"http://127.0.0.1:9000\"", "/oauth2/jwks");
    var jwks = server().get("/oauth2/jwks");
    assertThat(jwks.status()).isEqualTo(200);
    assertThat(jwks.body()).contains("\"kty\":\"RSA\"").doesNotContain("\"d\":");
  }
}
