package vn.dienbien.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.test.context.TestPropertySource;

/**
 * The web portal signs people in as a confidential client with PKCE, gets an ID token with the
 * claims it shows (name, roles, unit) and a refresh token, and signs them out here too (OpenID
 * Connect RP-initiated logout) back to its own page. The server's pages are Vietnamese.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(
    properties = {
      "auth.portal.origins=http://127.0.0.1:18080",
      "auth.portal.client-secret=test-portal-secret"
    })
class PortalClientIntegrationTests {

  private static final String REDIRECT = "http://127.0.0.1:18080/login/oauth2/code/portal";
  private static final String VERIFIER = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk";
  private static final String CHALLENGE = "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM";

  @LocalServerPort int port;

  @Autowired RegisteredClientRepository clients;

  @Test
  void thePortalIsAConfidentialClientThatMustUsePkceWithRefreshTokensAndItsOwnRedirects() {
    var portal = clients.findByClientId("web-portal");
    assertThat(portal).isNotNull();
    assertThat(portal.getClientAuthenticationMethods())
        .containsExactly(ClientAuthenticationMethod.CLIENT_SECRET_BASIC);
    assertThat(portal.getClientSettings().isRequireProofKey()).isTrue();
    assertThat(portal.getAuthorizationGrantTypes())
        .contains(AuthorizationGrantType.AUTHORIZATION_CODE, AuthorizationGrantType.REFRESH_TOKEN);
    assertThat(portal.getRedirectUris()).containsExactly(REDIRECT);
    assertThat(portal.getPostLogoutRedirectUris())
        .containsExactly("http://127.0.0.1:18080/da-dang-xuat");
  }

  @Test
  void withoutPkceThePortalGetsNoCode() throws Exception {
    var browser = new LoginBrowser("http://127.0.0.1:" + port);
    browser.login("monitor", "demo-2026");
    var answer =
        browser.get(
            "/oauth2/authorize?response_type=code&client_id=web-portal&scope=openid&state=s"
                + "&redirect_uri="
                + REDIRECT);
    assertThat(answer.headers().firstValue("Location").orElse("")).doesNotContain("code=");
  }

  @Test
  void signInGivesAnIdTokenWithTheClaimsAndSignOutReturnsToThePortal() throws Exception {
    var browser = new LoginBrowser("http://127.0.0.1:" + port);
    String authorize =
        "/oauth2/authorize?response_type=code&client_id=web-portal&scope=openid%20profile"
            + "&state=s1&nonce=n1&redirect_uri="
            + REDIRECT
            + "&code_challenge="
            + CHALLENGE
            + "&code_challenge_method=S256";
    browser.get(authorize);
    browser.login("officer.muongnhe", "demo-2026");
    String code = browser.codeFrom(browser.get(authorize));
    String tokens = redeem(code);
    String idToken = field(tokens, "id_token");
    assertThat(field(tokens, "refresh_token")).isNotBlank();
    String claims =
        new String(Base64.getUrlDecoder().decode(idToken.split("\\.")[1]), StandardCharsets.UTF_8);
    assertThat(claims)
        .contains("\"sub\":\"officer.muongnhe\"", "\"unit\":\"XA-MUONG-NHE\"", "UNIT_OFFICER")
        .contains("\"name\":\"Cán bộ xã Mường Nhé\"", "\"nonce\":\"n1\"");

    var signedOut =
        browser.get(
            "/connect/logout?id_token_hint="
                + idToken
                + "&post_logout_redirect_uri="
                + URLEncoder.encode("http://127.0.0.1:18080/da-dang-xuat", StandardCharsets.UTF_8));
    assertThat(signedOut.headers().firstValue("Location"))
        .hasValue("http://127.0.0.1:18080/da-dang-xuat");
    // The server's session is gone: the next authorization asks for the password again.
    assertThat(browser.get(authorize).headers().firstValue("Location").orElse(""))
        .endsWith("/login");
  }

  @Test
  void unknownPagesAndTheHomePageAreVietnamesePagesNotEnglishJson() throws Exception {
    var missing = new AuthServerClient(port).get("/khong-co-trang-nay");
    assertThat(missing.status()).isIn(302, 404);
    var browser = new LoginBrowser("http://127.0.0.1:" + port);
    browser.login("viewer", "demo-2026");
    var page = browser.get("/khong-co-trang-nay");
    assertThat(page.statusCode()).isEqualTo(404);
    assertThat(page.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
    assertThat(page.body())
        .contains("Không tìm thấy trang")
        .doesNotContain("Not Found", "Whitelabel");
    var home = browser.get("/");
    assertThat(home.statusCode()).isEqualTo(200);
    assertThat(home.body()).contains("Bạn đang đăng nhập", "Vào cổng thông tin", "127.0.0.1:18080");
  }

  private String redeem(String code) throws Exception {
    String basic =
        Base64.getEncoder()
            .encodeToString("web-portal:test-portal-secret".getBytes(StandardCharsets.UTF_8));
    String form =
        "grant_type=authorization_code&code="
            + code
            + "&code_verifier="
            + VERIFIER
            + "&redirect_uri="
            + URLEncoder.encode(REDIRECT, StandardCharsets.UTF_8);
    HttpResponse<String> answer =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/oauth2/token"))
                    .header("Authorization", "Basic " + basic)
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    return answer.body();
  }

  private static String field(String json, String name) {
    Matcher m = Pattern.compile("\"" + name + "\":\"([^\"]+)\"").matcher(json);
    assertThat(m.find()).as(name + " in " + json).isTrue();
    return m.group(1);
  }
}
