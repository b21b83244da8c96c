package vn.dienbien.auth;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;

/** Without the local profile: no demo endpoint; Swagger UI logs in with the code flow and PKCE. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AuthorizationCodeIntegrationTests {

  @LocalServerPort int port;

  @Autowired ApplicationContext context;

  @Autowired RegisteredClientRepository clients;

  @Test
  void theDemoTokenEndpointDoesNotExistWithoutTheLocalProfile() {
    var answer = new AuthServerClient(port).demoToken("monitor", "demo-2026", true);
    assertThat(answer.status()).isEqualTo(404);
    assertThat(answer.body()).doesNotContain("eyJ");
    assertThat(context.containsBean("demoTokenController")).isFalse();
  }

  @Test
  void swaggerUiIsAPublicClientThatMustUsePkceAndRedirectsOnlyToTheServices() {
    var swagger = clients.findByClientId("swagger-ui");
    assertThat(swagger).isNotNull();
    assertThat(swagger.getClientSettings().isRequireProofKey()).isTrue();
    assertThat(swagger.getRedirectUris())
        .contains("http://127.0.0.1:8082/swagger-ui/oauth2-redirect.html")
        .allMatch(uri ->
            uri.matches(
                "http://(127\\.0\\.0\\.1|localhost):808[1-4]/swagger-ui/oauth2-redirect\\.html"));
  }

  @Test
  void swaggerUiGetsATokenWithTheClaimsThroughLoginAndPkce() throws Exception {
    var browser = new LoginBrowser("http://127.0.0.1:" + port);
    String verifier = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk";
    String authorize =
        "/oauth2/authorize?response_type=code&client_id=swagger-ui&scope=openid"
            + "&redirect_uri=http://127.0.0.1:8083/swagger-ui/oauth2-redirect.html&state=s1"
            + "&code_challenge=E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM&code_challenge_method=S256";
    assertThat(browser.get(authorize).headers().firstValue("Location"))
        .hasValueSatisfying(l -> l.endsWith("/login"));
    browser.login("officer.dienbienphu", "demo-2026");
    String code = browser.codeFrom(browser.get(authorize));
    String token =
        browser.token(code, verifier, "http://127.0.0.1:8083/swagger-ui/oauth2-redirect.html");
    var decoder =
        org.springframework.security.oauth2.jwt.NimbusJwtDecoder.withJwkSetUri(
                "http://127.0.0.1:" + port + "/oauth2/jwks")
            .build();
    var jwt = decoder.decode(token);
    assertThat(jwt.getSubject()).isEqualTo("officer.dienbienphu");
    assertThat(jwt.getClaimAsStringList("roles")).containsExactly("UNIT_OFFICER");
    assertThat(jwt.getClaimAsString("unit")).isEqualTo("PHUONG-DIEN-BIEN-PHU");
    assertThat(jwt.getClaimAsString("iss")).isEqualTo("http://127.0.0.1:9000");
    assertThat(jwt.getAudience())
        .as("the API audience services require, beside the client's own id")
        .contains("directive-tracking", "swagger-ui");
    assertThat(jwt.getExpiresAt()).isNotNull();
  }

  @Test
  void anAuthorizationRequestSendsThePersonToTheLoginPage() {
    String authorize =
        "/oauth2/authorize?response_type=code&client_id=swagger-ui&scope=openid"
            + "&redirect_uri=http://127.0.0.1:8082/swagger-ui/oauth2-redirect.html"
            + "&code_challenge=E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM&code_challenge_method=S256";
    var answer = new AuthServerClient(port).get(authorize);
    assertThat(answer.status()).isEqualTo(302);
    assertThat(answer.location()).endsWith("/login");
    var page = new AuthServerClient(port).get("/login");
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body()).contains("Đăng nhập", "Tên đăng nhập", "Mật khẩu", "name=\"_csrf\"");
  }

  @Test
  void aWrongPasswordOnTheFormSaysSoInVietnamese() throws Exception {
    var browser = new LoginBrowser("http://127.0.0.1:" + port);
    assertThat(browser.login("monitor", "sai-mat-khau").headers().firstValue("Location"))
        .hasValueSatisfying(l -> l.endsWith("/login?error"));
    assertThat(browser.login("monitor", "demo-2026").headers().firstValue("Location"))
        .hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
    assertThat(browser.get("/login?error").body())
        .contains("Tên đăng nhập hoặc mật khẩu không đúng");
  }
}
