package vn.dienbien.localstack.sms;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.dienbien.localstack.web.Http;

/**
 * The SMS viewer shows what notification-service holds for the quiet hours, read from its delivery
 * log with a token from the auth server (both played here by one small HTTP server speaking their
 * endpoints), instead of "no SMS" while 25 are waiting.
 */
class HeldSmsViewerTest {

  private static final Instant RELEASE = Instant.parse("2026-12-02T00:00:00Z"); // 07:00 in Hà Nội

  private final HttpClient http = HttpClient.newHttpClient();
  private final AtomicInteger tokens = new AtomicInteger();
  private HttpServer services;
  private SmsGatewayServer gateway;

  @BeforeEach
  void start() throws Exception {
    services = Http.create("127.0.0.1", 0, "fake-services");
    services.createContext(
        "/demo/token",
        exchange -> {
          String form = new String(Http.readBody(exchange), StandardCharsets.UTF_8);
          boolean ok = form.contains("username=admin") && form.contains("password=demo-2026");
          byte[] token = ("tok-" + tokens.incrementAndGet()).getBytes(StandardCharsets.UTF_8);
          Http.send(exchange, ok ? 200 : 401, "text/plain", ok ? token : new byte[0]);
        });
    services.createContext(
        "/api/v1/notifications",
        exchange -> {
          String auth = exchange.getRequestHeaders().getFirst("Authorization");
          String query = exchange.getRequestURI().getQuery();
          if (!("Bearer tok-" + tokens.get()).equals(auth)
              || !query.contains("channel=SMS")
              || !query.contains("status=PENDING")) {
            Http.sendJson(exchange, 401, Map.of());
            return;
          }
          Http.sendJson(exchange, 200, pendingPage());
        });
    services.start();
  }

  @AfterEach
  void stop() {
    if (gateway != null) {
      gateway.stop();
    }
    Http.stop(services);
  }

  @Test
  void heldSmsAreListedAsHeldWithTheTimeTheyWillGoOut() throws Exception {
    String url = "http://127.0.0.1:" + services.getAddress().getPort();
    gateway =
        new SmsGatewayServer(0)
            .showHeld(new NotificationServiceHeldSms(url, url, "admin", "demo-2026"))
            .start();

    String page = get("/");

    assertThat(page)
        .contains("Tin đang giữ lại: 25", "07:00:00 02/12/2026", "Nhac lan 1 - tin 25")
        .contains("Tin cổng SMS đã nhận: 0", "Cổng SMS chưa nhận tin nào")
        .doesNotContain("No SMS received yet", "gui lai sau loi cong SMS");
    assertThat(page.split("class=\"held\"", -1)).hasSize(26);
  }

  @Test
  void aHolderThatCannotBeReachedIsSaidSoNotShownAsNothingHeld() throws Exception {
    gateway =
        new SmsGatewayServer(0)
            .showHeld(
                new NotificationServiceHeldSms(
                    "http://127.0.0.1:9", "http://127.0.0.1:9", "admin", "demo-2026"))
            .start();

    assertThat(get("/"))
        .contains("Không đọc được tin notification-service đang giữ lại")
        .doesNotContain("Tin đang giữ lại: 0");
  }

  private static Map<String, Object> pendingPage() {
    List<Map<String, Object>> items = new ArrayList<>();
    for (int i = 1; i <= 25; i++) {
      items.add(
          Map.of(
              "id",
              "d-" + i,
              "unitId",
              "XA-MUONG-NHE",
              "contactId",
              "c-" + i,
              "text",
              "Xa Muong Nhe: Nhac lan 1 - tin " + i,
              "deferred",
              true,
              "dueAt",
              RELEASE.toString()));
    }
    items.add(
        Map.of(
            "id", "d-retry",
            "unitId", "XA-MUONG-NHE",
            "contactId", "c-retry",
            "text", "gui lai sau loi cong SMS",
            "deferred", false,
            "dueAt", RELEASE.toString()));
    return Map.of("items", items, "totalItems", items.size());
  }

  private String get(String path) throws Exception {
    URI uri = URI.create("http://127.0.0.1:" + gateway.port() + path);
    return http.send(
            HttpRequest.newBuilder(uri).GET().build(),
            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8))
        .body();
  }
}
