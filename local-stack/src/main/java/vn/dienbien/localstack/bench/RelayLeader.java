package vn.dienbien.localstack.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.dienbien.localstack.ServiceSpec;
import vn.dienbien.localstack.soak.Cluster;

/**
 * Whether a service's outbox relay publishes, as the service says it: its {@code
 * outbox_relay_leader} gauge on {@code /actuator/prometheus} (basic auth {@code prometheus}).
 */
final class RelayLeader {

  private static final Pattern GAUGE =
      Pattern.compile(
          "^outbox_relay_leader(?:\\{[^}]*})?\\s+([0-9.eE+-]+)\\s*$", Pattern.MULTILINE);
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
  private static final String AUTH =
      "Basic "
          + Base64.getEncoder()
              .encodeToString(
                  ("prometheus:" + ServiceSpec.METRICS_PASSWORD).getBytes(StandardCharsets.UTF_8));

  private RelayLeader() {}

  /**
   * Waits until no instance of {@code service} leads its relay (each answers 0), polling every
   * {@code pollMs}; false if one still leads, or cannot be asked, after {@code patienceMs}.
   */
  static boolean awaitStopped(Cluster cluster, String service, long pollMs, long patienceMs)
      throws InterruptedException {
    List<Cluster.Instance> instances =
        cluster.instances().stream().filter(i -> i.service().equals(service)).toList();
    long deadline = System.nanoTime() + patienceMs * 1_000_000;
    while (System.nanoTime() < deadline) {
      if (!instances.isEmpty() && instances.stream().allMatch(i -> leads(i.baseUrl()) == 0)) {
        return true;
      }
      Thread.sleep(pollMs);
    }
    return false;
  }

  /** The instance's gauge: 1 leading, 0 not, -1 when it cannot be read. */
  static int leads(String baseUrl) {
    try {
      HttpRequest request =
          HttpRequest.newBuilder(URI.create(baseUrl + "/actuator/prometheus"))
              .header("Authorization", AUTH)
              .timeout(Duration.ofSeconds(5))
              .GET()
              .build();
      HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
      return response.statusCode() == 200 ? gauge(response.body()) : -1;
    } catch (java.io.IOException e) {
      return -1;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return -1;
    }
  }

  /** The gauge's value in a Prometheus text exposition: 1, 0, or -1 when absent. */
  static int gauge(String exposition) {
    Matcher m = GAUGE.matcher(exposition);
    return m.find() ? (Double.parseDouble(m.group(1)) >= 1 ? 1 : 0) : -1;
  }
}
