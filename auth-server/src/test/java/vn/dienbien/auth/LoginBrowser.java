package vn.dienbien.auth;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a browser does in the authorization-code flow: cookies, the login form, no auto-redirects.
 */
final class LoginBrowser {

  private final String base;
  private final HttpClient http =
      HttpClient.newBuilder()
          .cookieHandler(new CookieManager())
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();

  LoginBrowser(String base) {
    this.base = base;
  }

  HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return http.send(
        HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "text/html").build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** Posts the login form; the answer redirects to the saved request, or to /login?error. */
  HttpResponse<String> login(String username, String password)
      throws IOException, InterruptedException {
    Matcher csrf =
        Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(get("/login").body());
    if (!csrf.find()) {
      throw new AssertionError("login page without a CSRF token");
    }
    return post(
        "/login", "username=" + username + "&password=" + password + "&_csrf=" + csrf.group(1));
  }

  String codeFrom(HttpResponse<String> redirect) {
    String location = redirect.headers().firstValue("Location").orElseThrow();
    Matcher code = Pattern.compile("[?&]code=([^&]+)").matcher(location);
    if (!code.find()) {
      throw new AssertionError("no code in " + location);
    }
    return code.group(1);
  }

  String token(String code, String verifier, String redirectUri)
      throws IOException, InterruptedException {
    String body =
        post(
                "/oauth2/token",
                "grant_type=authorization_code&client_id=swagger-ui&code="
                    + code
                    + "&code_verifier="
                    + verifier
                    + "&redirect_uri="
                    + URLEncoder.encode(redirectUri, StandardCharsets.UTF_8))
            .body();
    Matcher token = Pattern.compile("\"access_token\":\"([^\"]+)\"").matcher(body);
    if (!token.find()) {
      throw new AssertionError("no access token in " + body);
    }
    return token.group(1);
  }

  private HttpResponse<String> post(String path, String form)
      throws IOException, InterruptedException {
    return http.send(
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
