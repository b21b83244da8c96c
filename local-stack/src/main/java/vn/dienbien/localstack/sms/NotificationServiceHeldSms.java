package vn.dienbien.localstack.sms;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import vn.dienbien.localstack.web.Http;

/**
 * Reads held SMS from notification-service's delivery log ({@code GET /api/v1/notifications?
 * channel=SMS&status=PENDING}, roles ADMIN or MONITOR) with a token from the local auth server's
 * demo endpoint: the log is where notification-service keeps what it has not sent yet, so the
 * viewer shows exactly what will go out and when. Pending SMS not deferred by quiet hours (a retry
 * after a gateway error) are not "held" and are left out.
 */
public final class NotificationServiceHeldSms implements HeldSms {

  static final int PAGE = 200;
  private static final Duration TIMEOUT = Duration.ofSeconds(3);

  private final String notificationUrl;
  private final String authUrl;
  private final String username;
  private final String password;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
  private volatile String token;

  public NotificationServiceHeldSms(
      String notificationUrl, String authUrl, String username, String password) {
    this.notificationUrl = notificationUrl;
    this.authUrl = authUrl;
    this.username = username;
    this.password = password;
  }

  @Override
  public Held fetch() {
    try {
      HttpResponse<String> page = pending();
      if (page.statusCode() == 401) {
        token = null;
        page = pending();
      }
      if (page.statusCode() != 200) {
        return Held.unavailable("notification-service trả lời HTTP " + page.statusCode());
      }
      return held(Http.JSON.readTree(page.body()));
    } catch (java.io.IOException e) {
      return Held.unavailable("chưa kết nối được notification-service (" + e.getMessage() + ")");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Held.unavailable("bị ngắt khi hỏi notification-service");
    }
  }

  private HttpResponse<String> pending() throws java.io.IOException, InterruptedException {
    URI uri =
        URI.create(
            notificationUrl + "/api/v1/notifications?channel=SMS&status=PENDING&size=" + PAGE);
    HttpRequest request =
        HttpRequest.newBuilder(uri)
            .timeout(TIMEOUT)
            .header("Authorization", "Bearer " + token())
            .GET()
            .build();
    return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private String token() throws java.io.IOException, InterruptedException {
    String current = token;
    if (current != null) {
      return current;
    }
    String form =
        "username="
            + URLEncoder.encode(username, StandardCharsets.UTF_8)
            + "&password="
            + URLEncoder.encode(password, StandardCharsets.UTF_8)
            + "&raw=true";
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(authUrl + "/demo/token"))
            .timeout(TIMEOUT)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form))
            .build();
    HttpResponse<String> response =
        http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    if (response.statusCode() != 200) {
      throw new java.io.IOException("auth-server trả lời HTTP " + response.statusCode());
    }
    token = response.body().strip();
    return token;
  }

  static Held held(JsonNode page) {
    List<Message> messages = new ArrayList<>();
    for (JsonNode d : page.path("items")) {
      if (d.path("deferred").asBoolean(false)) {
        messages.add(
            new Message(
                d.path("id").asText(),
                d.path("unitId").asText(),
                d.path("contactId").asText(),
                d.path("text").asText(),
                d.hasNonNull("dueAt") ? Instant.parse(d.get("dueAt").asText()) : null));
      }
    }
    return new Held(messages, page.path("totalItems").asLong(messages.size()), null);
  }
}
