package vn.dienbien.localstack.sms;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import vn.dienbien.localstack.web.Http;

/**
 * Posts eSMS-style delivery reports ({@code SendStatus 5} = delivered) to callback URLs,
 * asynchronously.
 */
final class DeliveryReports implements AutoCloseable {

  static final int DELIVERED = 5;

  private final Duration delay;
  private final ScheduledExecutorService scheduler =
      Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "sms-delivery-reports");
        t.setDaemon(true);
        return t;
      });
  private final HttpClient client =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).executor(scheduler).build();

  DeliveryReports(Duration delay) {
    this.delay = delay;
  }

  void schedule(String callbackUrl, SmsMessage message) {
    URI uri;
    try {
      uri = URI.create(callbackUrl);
    } catch (IllegalArgumentException e) {
      System.err.println("[sms-gateway] ignoring invalid CallbackUrl " + callbackUrl);
      return;
    }
    Map<String, Object> report = new LinkedHashMap<>();
    report.put("SMSID", message.messageId());
    report.put("RequestId", message.requestId());
    report.put("SendStatus", DELIVERED);
    report.put("Phone", message.to());
    scheduler.schedule(() -> post(uri, report), delay.toMillis(), TimeUnit.MILLISECONDS);
  }

  private void post(URI uri, Map<String, Object> report) {
    try {
      HttpRequest request =
          HttpRequest.newBuilder(uri)
              .timeout(Duration.ofSeconds(5))
              .header("Content-Type", "application/json; charset=utf-8")
              .POST(HttpRequest.BodyPublishers.ofByteArray(Http.JSON.writeValueAsBytes(report)))
              .build();
      client
          .sendAsync(request, HttpResponse.BodyHandlers.discarding())
          .whenComplete((response, error) -> {
            if (error != null || response.statusCode() >= 300) {
              System.err.println(
                  "[sms-gateway] delivery report to "
                      + uri
                      + " failed: "
                      + (error != null ? error : "HTTP " + response.statusCode()));
            }
          });
    } catch (Exception e) {
      System.err.println("[sms-gateway] delivery report to " + uri + " failed: " + e);
    }
  }

  @Override
  public void close() {
    scheduler.shutdownNow();
  }
}
