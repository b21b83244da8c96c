package vn.dienbien.systemtests.portal;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One person signed in to the portal through the real OpenID Connect flow (the auth server's login
 * form, authorization code with PKCE), as a browser would but without one: for the benchmark's many
 * concurrent sessions.
 */
final class SignedInSession {

  /** A page as the portal served it, and what its Server-Timing header says. */
  record Page(int status, long nanos, double slowestApiMillis, String slowestApi) {}

  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");
  private static final Pattern TIMING = Pattern.compile("api;dur=([0-9.]+);desc=\"([^\"]*)\"");

  private final HttpClient http =
      HttpClient.newBuilder()
          .cookieHandler(new CookieManager())
          .followRedirects(HttpClient.Redirect.NEVER)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  static SignedInSession signIn(String portal, String startPath, String user, String password)
      throws IOException, InterruptedException {
    SignedInSession session = new SignedInSession();
    HttpResponse<String> page = session.follow(session.get(URI.create(portal + startPath)));
    Matcher csrf = CSRF.matcher(page.body());
    if (!csrf.find()) {
      throw new IllegalStateException("no login form at " + page.uri());
    }
    URI login = page.uri().resolve("/login");
    String form =
        "username="
            + URLEncoder.encode(user, StandardCharsets.UTF_8)
            + "&password="
            + URLEncoder.encode(password, StandardCharsets.UTF_8)
            + "&_csrf="
            + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
    HttpResponse<String> landed =
        session.follow(
            session.http.send(
                HttpRequest.newBuilder(login)
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form))
                    .build(),
                HttpResponse.BodyHandlers.ofString()));
    if (landed.statusCode() != 200 || !landed.uri().toString().startsWith(portal)) {
      throw new IllegalStateException("sign-in of " + user + " ended at " + landed.uri());
    }
    return session;
  }

  /** A page; a connection that fails counts as a failed page (status 0), not as an abort. */
  Page open(String url) throws InterruptedException {
    long start = System.nanoTime();
    HttpResponse<String> response;
    try {
      response = get(URI.create(url));
    } catch (IOException e) {
      return new Page(0, System.nanoTime() - start, Double.NaN, "");
    }
    long nanos = System.nanoTime() - start;
    Matcher timing = TIMING.matcher(response.headers().firstValue("Server-Timing").orElse(""));
    return timing.find()
        ? new Page(
            response.statusCode(), nanos, Double.parseDouble(timing.group(1)), timing.group(2))
        : new Page(response.statusCode(), nanos, Double.NaN, "");
  }

  private HttpResponse<String> get(URI uri) throws IOException, InterruptedException {
    return http.send(
        HttpRequest.newBuilder(uri).header("Accept", "text/html").GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> follow(HttpResponse<String> response)
      throws IOException, InterruptedException {
    for (int i = 0; i < 10 && response.statusCode() / 100 == 3; i++) {
      response =
          get(response.uri().resolve(response.headers().firstValue("Location").orElseThrow()));
    }
    return response;
  }
}
