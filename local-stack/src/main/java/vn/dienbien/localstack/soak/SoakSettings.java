package vn.dienbien.localstack.soak;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The soak's configuration of the services on top of the local profile, and why each differs.
 * Everything else (leases, timeouts, consumer sessions, producers) is the services' own default.
 */
public final class SoakSettings {

  private SoakSettings() {}

  /**
   * Properties of every service instance in the soak (as SPRING_APPLICATION_JSON):
   *
   * <ul>
   *   <li>no seed directives (units and groups are still seeded), so the figures are exactly the
   *       burst's own work;
   *   <li>no demo contacts: the soak imports one reporting officer and one unit head per commune;
   *   <li>no SMS quiet hours, so reminders go out whatever the time of day;
   *   <li>no daily digest by role: the monitoring body's and unit heads' e-mails go at once instead
   *       of waiting for 07:30, so every delivery is final within the soak's window;
   *   <li>the due sweep every 5 s instead of every minute, so the burst's reminders fall due within
   *       its window;
   *   <li>a write rate limit the one monitor account reviewing every report cannot reach.
   * </ul>
   */
  public static Map<String, String> serviceEnvironment(Path stateDir) {
    Map<String, String> properties = ownWorkOnly(stateDir);
    properties.put("report.detection.sweep-interval", "5s");
    properties.put("platform.security.rate-limit.capacity", "100000");
    properties.put("platform.security.rate-limit.per-minute", "100000");
    return environment(properties);
  }

  /**
   * The properties that make a run's figures its own work, delivered at once: no seed directives,
   * no demo contacts, no SMS quiet hours, no daily digest by role (shared with the benchmark).
   */
  public static Map<String, String> ownWorkOnly(Path stateDir) {
    Path none = stateDir.resolve("no-directives.json");
    try {
      Files.createDirectories(stateDir);
      Files.writeString(none, "[]");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<String, String> properties = new LinkedHashMap<>();
    properties.put("directive.seed.directives-file", none.toUri().toString());
    properties.put("notification.demo.enabled", "false");
    properties.put("notification.delivery.quiet-start", "00:00");
    properties.put("notification.delivery.quiet-end", "00:00");
    properties.put("notification.digest.roles", "");
    return properties;
  }

  /** Properties as the services' environment (SPRING_APPLICATION_JSON). */
  public static Map<String, String> environment(Map<String, String> properties) {
    String json =
        properties.entrySet().stream()
            .map(e -> "\"" + e.getKey() + "\":\"" + e.getValue() + "\"")
            .collect(Collectors.joining(",", "{", "}"));
    return Map.of("SPRING_APPLICATION_JSON", json);
  }
}
